import { describe, expect, test } from "vitest";
import { type DigestInput, escapeHtml, formatLocalDay, renderDigest } from "@/lib/reminders";

const base: DigestInput = {
  locale: "en",
  userName: "Seungwon",
  dueBySubject: [
    { subject: "AWS", count: 1200 },
    { subject: null, count: 3 },
    { subject: "Network", count: 0 },
  ],
  dueByCheckpoint: [
    { checkpoint: "1", count: 3 },
    { checkpoint: "4", count: 1000 },
    { checkpoint: "long-term", count: 200 },
    { checkpoint: "14", count: 0 },
  ],
  notesReachingCheckpoint: [
    { title: "AWS Lambda", checkpoint: "7", url: "https://recall.example/notes/lambda" },
    { title: "SQS", checkpoint: "14" },
  ],
  streak: 12,
  reviewUrl: "https://recall.example/review",
  unsubscribeUrl: "https://recall.example/api/unsubscribe?token=abc.def",
  localDay: "2026-03-10",
};

describe("renderDigest", () => {
  test("English: subject, counts formatted with Intl, all sections", () => {
    const { subject, html, text } = renderDigest(base);
    expect(subject).toBe("Recall · 1,203 cards to review · Tuesday, March 10, 2026");
    expect(text).toContain("You have 1,203 cards to review today.");
    expect(text).toContain("- AWS: 1,200");
    expect(text).toContain("- No subject: 3");
    expect(text).not.toContain("Network");
    expect(text).toContain("- 4-day checkpoint: 1,000");
    expect(text).toContain("- Long-term: 200");
    expect(text).toContain("- AWS Lambda — day 7 <https://recall.example/notes/lambda>");
    expect(text).toContain("Streak: 12 days");
    expect(text).toContain("Start today's review: https://recall.example/review");
    expect(text).toContain("Unsubscribe from these emails: https://recall.example/api/unsubscribe?token=abc.def");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('href="https://recall.example/review"');
    expect(html).toContain('href="https://recall.example/api/unsubscribe?token=abc.def"');
    expect(html).toContain("Start today&#39;s review");
    expect(html).not.toMatch(/<style|class=/); // inline styles only
  });

  test("Korean: strings and Intl date", () => {
    const { subject, text, html } = renderDigest({ ...base, locale: "ko" });
    expect(subject).toBe("Recall · 오늘 복습할 카드 1,203장 · 2026년 3월 10일 화요일");
    expect(text).toContain("Seungwon님, 안녕하세요.");
    expect(text).toContain("오늘 복습할 카드가 1,203장 있어요.");
    expect(text).toContain("- 과목 없음: 3");
    expect(text).toContain("- 4일 복습: 1,000");
    expect(text).toContain("- 장기 복습: 200");
    expect(text).toContain("- AWS Lambda — 7일차");
    expect(text).toContain("연속 학습: 12일");
    expect(text).toContain("이 이메일 수신 거부: https://recall.example/api/unsubscribe?token=abc.def");
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain("오늘의 복습 시작하기");
  });

  test("singular and nothing due", () => {
    const one = renderDigest({ ...base, dueBySubject: [{ subject: "AWS", count: 1 }], streak: 1 });
    expect(one.subject).toMatch(/^Recall · 1 card to review/);
    expect(one.text).toContain("Streak: 1 day");
    const none = renderDigest({ ...base, dueBySubject: [], dueByCheckpoint: [], notesReachingCheckpoint: [] });
    expect(none.subject).toMatch(/nothing due/);
    expect(none.text).toContain("Nothing is due today.");
    expect(none.html).not.toContain("By subject");
  });

  test("user text is escaped in HTML", () => {
    const evil = "<script>alert('x')</script>&\"";
    const { html, text } = renderDigest({
      ...base,
      userName: evil,
      dueBySubject: [{ subject: `<b>${evil}</b>`, count: 2 }],
      notesReachingCheckpoint: [
        { title: `<img src=x onerror=alert(1)>`, checkpoint: "4", url: 'https://x.example/?a=1&b="2"' },
      ],
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;&#38;&#34;");
    expect(html).toContain('href="https://x.example/?a=1&#38;b=%222%22"');
    expect(text).toContain(evil); // plain text stays as written
  });

  test.each(["javascript:alert(1)", "data:text/html,hi", "/relative"])("refuses link %s", (url) => {
    expect(() => renderDigest({ ...base, reviewUrl: url })).toThrow();
    expect(() => renderDigest({ ...base, unsubscribeUrl: url })).toThrow();
  });

  test("escapeHtml and formatLocalDay", () => {
    expect(escapeHtml(`a<b>&"'`)).toBe("a&#60;b&#62;&#38;&#34;&#39;");
    expect(formatLocalDay("2026-11-01", "en-US")).toBe("Sunday, November 1, 2026");
    expect(formatLocalDay("2026-11-01", "ko-KR")).toBe("2026년 11월 1일 일요일");
  });
});
