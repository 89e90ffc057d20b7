/** The real student notes in ../shared/seeds (read in place, never copied): what issue 4 promises for them. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseNote } from "@/lib/notes/parse";

const dir = join(process.cwd(), "..", "shared", "seeds");
const seed = (prefix: string) => {
  const name = readdirSync(dir).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return readFileSync(join(dir, name), "utf8");
};

describe.skipIf(!existsSync(dir))("seed notes", () => {
  test("001 yields its 9 cue questions with answers and its review state", () => {
    const note = parseNote(seed("001"), { path: "AWS Lambda.md" });
    expect(note.cues).toHaveLength(9);
    expect(note.cues.every((cue) => cue.answer.length > 0)).toBe(true);
    expect(note.cues[0]).toMatchObject({ question: "EC2 vs Lambda", line: 40 });
    expect(note.cues[0]?.answer.split("\n")).toHaveLength(3);
    expect(note.cues[0]?.answer).toMatch(/^1\. /);
    expect(note.cues[3]?.answer).toContain("15분");
    expect(note.cues[8]?.question).toBe("Lambda 함수를 처음 호출할 때 Latency를 줄이는 방법은?");
    expect(note.cards.filter((card) => card.origin === "cue")).toHaveLength(9);
    // Explicit cards are unchanged; suggestions (issue 14) come after them and stay off the cue section.
    const explicit = note.cards.filter((card) => !card.suggested);
    expect(explicit).toHaveLength(9);
    expect(note.cards.slice(0, 9)).toEqual(explicit);
    const [cueStart, cueEnd] = [38, 78]; // "### 단서 질문" up to the next level-3 heading
    expect(note.cards.filter((card) => card.suggested && card.line >= cueStart && card.line < cueEnd)).toEqual([]);
    expect(note.review).toEqual({
      firstStudied: "2024-09-28",
      checkpoints: { "1": true, "4": true, "7": true, "14": true },
      longTerm: false,
    });
    expect(note.subject).toBe("AWS");
    expect(note.links).toEqual(["AWS", "Ultimate AWS Certified SysOps Administrator Associate 2024", "AWS Lambda"]);
    expect(note.warnings).toEqual([]);
  });

  test("002's comparison table yields one card per data cell", () => {
    const note = parseNote(seed("002"));
    const table = note.cards.filter((card) => card.origin === "table");
    expect(table).toHaveLength(8);
    expect(table[0]).toMatchObject({ front: "Runtime — CloudFront Functions?", back: "JavaScript" });
    expect(table[7]).toMatchObject({ front: "Max Execution Time — Lambda@Edge?", back: "5~10 sec" });
    expect(note.title).toBe("Serverless");
    expect(note.subject).toBe("aws-saa");
    expect(note.tags).toEqual(["aws-saa", "aws-serverless"]);
  });

  test("000 (plain lecture bullets) gets small suggested cards, heading cards only where nothing finer", () => {
    const source = seed("000");
    const note = parseNote(source);
    expect(note.title).toBe("AWS Lambda");
    expect(note.cards.length).toBeGreaterThan(15);
    expect(note.cards.every((card) => card.suggested)).toBe(true);
    expect(note.cards).toContainEqual(expect.objectContaining({ origin: "number", back: "15분", line: 41 }));
    expect(note.cards).toContainEqual(expect.objectContaining({ origin: "number", back: "10GB" }));
    const headingLines = source.split("\n").flatMap((line, i) => (line.startsWith("#") ? [i + 1] : []));
    for (const heading of note.cards.filter((card) => card.origin === "heading")) {
      const next = headingLines.find((line) => line > heading.line) ?? 1e9;
      expect(note.cards.some((card) => card.origin !== "heading" && card.line > heading.line && card.line < next)).toBe(
        false,
      );
    }
  });

  test("003's highlight spans become cloze cards over their sentence", () => {
    const note = parseNote(seed("003"));
    const cards = note.cards.filter((card) => card.origin === "highlight");
    expect(cards.map((card) => card.back)).toEqual([
      "CPU를 따로 설정할 수는 없습니다.",
      "종속성으로 인한 컴파일 소요 시간을 줄이는데 효과적인 방식입니다.",
      "ENI(Elastic Network Interface)",
      "NAT 게이트웨이 혹은 NAT 인스턴스",
    ]);
    expect(cards.every((card) => card.type === "cloze" && card.front.includes("[...]"))).toBe(true);
    expect(cards[2]?.front).toBe("Private Subnet에 접근하기 위해 Lambda는 [...]를 거칩니다.");
    // `AWS::Lambda::Function` in inline code is not a flashcard.
    expect(note.cards.some((card) => card.origin === "inline")).toBe(false);
  });

  test("004 parses with blockquotes and nested lists, suggesting heading cards", () => {
    const note = parseNote(seed("004"));
    expect(note.title).toBe("[AWS] Lambda / API Gateway");
    expect(note.cards.map((card) => card.front)).toContain("API Gateway");
  });
});
