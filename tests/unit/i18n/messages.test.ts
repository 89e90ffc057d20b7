import { describe, expect, test } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { pickLocale } from "@/lib/i18n/locale";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  test("Korean and English define exactly the same keys", async () => {
    const [en, ko] = await Promise.all([loadMessages("en"), loadMessages("ko")]);
    const enKeys = keys(en).sort();
    expect(enKeys.length).toBeGreaterThan(50);
    expect(keys(ko).sort()).toEqual(enKeys);
  });

  test("no message is empty", async () => {
    for (const locale of ["en", "ko"] as const) {
      const messages = await loadMessages(locale);
      const empty = keys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});

describe("pickLocale", () => {
  test.each([
    [undefined, "ko-KR,ko;q=0.9,en-US;q=0.8", "ko"],
    [undefined, "en-US,en;q=0.9,ko;q=0.8", "en"],
    [undefined, "fr-FR,ko;q=0.5,en;q=0.4", "ko"],
    [undefined, "fr-FR", "en"],
    [undefined, "en;q=0.2,ko;q=0.9", "ko"],
    [undefined, "ko;q=0", "en"],
    [undefined, null, "en"],
    ["ko", "en-US", "ko"],
    ["xx", "ko", "ko"],
  ])("choice %s with Accept-Language %s → %s", (chosen, header, expected) => {
    expect(pickLocale(chosen, header)).toBe(expected);
  });
});
