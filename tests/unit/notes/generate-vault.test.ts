/** The benchmark vault generator: deterministic, ~12 KB notes, every format the parser reads. */
import { describe, expect, test } from "vitest";
import { generateVault } from "@/bench/generate-vault";
import { parseNote } from "@/lib/notes/parse";

describe("generateVault", () => {
  test("is deterministic for a seed and differs across seeds", () => {
    expect(generateVault(5, 11)).toEqual(generateVault(5, 11));
    expect(generateVault(5, 11)).not.toEqual(generateVault(5, 12));
  });

  // Parses 40 notes of ~12 KB: seconds on a loaded 2-core machine, so not the default 5 s budget.
  test("makes ~12 KB notes with unique paths that yield every card origin", { timeout: 60_000 }, () => {
    const vault = generateVault(40, 3);
    expect(new Set(vault.map((note) => note.path)).size).toBe(40);
    const sizes = vault.map((note) => Buffer.byteLength(note.source));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(11_000);
    expect(mean).toBeLessThan(14_000);
    const origins = new Set(vault.flatMap((note) => parseNote(note.source).cards.map((card) => card.origin)));
    // No "heading": a heading card is made only where nothing finer covers its section, and every generated
    // section has finer cards. The suggestion rules show up instead ("definition").
    for (const origin of ["cloze", "cue", "definition", "highlight", "inline", "multiline", "table"] as const)
      expect([...origins]).toContain(origin);
  });
});
