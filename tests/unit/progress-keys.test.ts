import { describe, expect, test } from "vitest";
import { writeProgressKeys } from "@/lib/notes/progress-keys";

const values = { fraction: 0.8, bar: "🟩🟩🟩🟩🟩🟩🟩🟩⬜⬜ 80%" };

describe("writeProgressKeys", () => {
  test("updates the students' 학습률 and 진행바 in place, keeping quotes and every other line", () => {
    const source =
      '---\n⭕첫 학습날: 2024-09-28\n학습률: "0.6"\n진행바: 🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%\n---\n# 학습률: "0.1"\n';
    expect(writeProgressKeys(source, values)).toBe(
      '---\n⭕첫 학습날: 2024-09-28\n학습률: "0.8"\n진행바: 🟩🟩🟩🟩🟩🟩🟩🟩⬜⬜ 80%\n---\n# 학습률: "0.1"\n',
    );
  });

  test("never adds the keys to a note without them, and keeps CRLF line ends", () => {
    const source = "---\r\ntitle: x\r\nprogress: 0\r\n---\r\nbody\r\n";
    expect(writeProgressKeys(source, { fraction: 1 / 3, bar: "" })).toBe(
      "---\r\ntitle: x\r\nprogress: 0.33\r\n---\r\nbody\r\n",
    );
    expect(writeProgressKeys("---\ntitle: x\n---\n", values)).toBe("---\ntitle: x\n---\n");
    expect(writeProgressKeys("no frontmatter\n학습률: 1\n", values)).toBe("no frontmatter\n학습률: 1\n");
  });
});
