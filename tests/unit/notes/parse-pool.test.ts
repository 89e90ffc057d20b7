/** The note pool: worker threads give the same results as parseNote / renderNoteHtml and keep the event loop free. */
import { afterAll, describe, expect, test } from "vitest";
import { generateVault } from "@/bench/generate-vault";
import { parseNote } from "@/lib/notes/parse";
import {
  closeParsePool,
  parseBudgetMs,
  parseMany,
  parsePoolStats,
  renderManyOffThread,
} from "@/lib/server/notes/parse-pool";
import { renderNoteHtml } from "@/lib/notes/render";

afterAll(() => closeParsePool());

/**
 * Runs `work` while counting event-loop turns (a 1 ms timer re-armed each turn, so nothing spins) until it
 * settles. Work done on the main thread lets at most one turn through; work in a worker thread lets the loop
 * turn for as long as it takes (a 200 KB parse takes far more than a few milliseconds). No threshold is a
 * duration: how fast is the bench's business (`npm run bench -- notes`).
 */
async function turnsWhile<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let settled = false;
  const spin = () => {
    if (settled) return;
    turns++;
    setTimeout(spin, 1);
  };
  setTimeout(spin, 1);
  try {
    return { result: await work(), turns };
  } finally {
    settled = true;
  }
}

describe("parseMany", () => {
  test("returns one result per input, in order, equal to parseNote", async () => {
    const vault = generateVault(12, 7);
    const results = await parseMany(vault);
    expect(results).toHaveLength(12);
    expect(results).toEqual(vault.map((note) => parseNote(note.source, { path: note.path })));
    // Really parsed in worker threads, not by the in-process fallback.
    expect(parsePoolStats()).toMatchObject({ inlineBatches: 0 });
    expect(parsePoolStats().workerBatches).toBeGreaterThan(0);
    expect(parsePoolStats().workersStarted).toBeGreaterThanOrEqual(1);
  }, 60_000);

  test("parses tiny inputs in-process and handles an empty list", async () => {
    expect(await parseMany([])).toEqual([]);
    const [note] = await parseMany([{ path: "a.md", source: "a::b" }]);
    expect(note?.cards[0]).toMatchObject({ front: "a", back: "b" });
  });

  test("a 200 KB note does not block the event loop", async () => {
    const big = generateVault(20, 3)
      .map((note) => note.source)
      .join("\n\n")
      .slice(0, 200_000);
    await parseMany([{ path: "warm.md", source: big }]);
    const before = parsePoolStats();
    const { result: [note] = [], turns } = await turnsWhile(() => parseMany([{ path: "big.md", source: big }]));
    expect(note?.cards.length).toBeGreaterThan(10);
    expect(parsePoolStats().workerBatches).toBe(before.workerBatches + 1);
    expect(parsePoolStats().inlineBatches).toBe(before.inlineBatches);
    // The loop kept turning while the note was parsed: the parse did not hold the main thread.
    expect(turns).toBeGreaterThanOrEqual(3);
    // The same parse run in-process lets no turn through: the measure can tell the two apart.
    const inline = await turnsWhile(async () => parseNote(big, { path: "big.md" }));
    expect(inline.turns).toBeLessThanOrEqual(1);
  }, 60_000);
});

describe("renderManyOffThread", () => {
  const hrefs = new Map([["lambda", "/notes/n1"]]);
  const noteExists = (title: string) => hrefs.get(title.toLowerCase()) ?? null;

  test("renders like renderNoteHtml, wikilinks resolved through the map, in a worker when large", async () => {
    const note = `# Notes\n\nSee [[Lambda]] and [[Missing]].\n\n${generateVault(3, 5)
      .map((n) => n.source)
      .join("\n\n")}`;
    const sources = [note, "front with [[lambda]]", "**back**"];
    const before = parsePoolStats().workerBatches;
    const html = await renderManyOffThread(sources, hrefs);
    expect(html).toEqual(sources.map((source) => renderNoteHtml(source, { noteExists })));
    expect(html[0]).toContain('href="/notes/n1"');
    expect(html[0]).toContain("wikilink-missing");
    expect(parsePoolStats().workerBatches).toBe(before + 1);
  }, 60_000);

  test("small notes render in-process", async () => {
    const before = parsePoolStats();
    expect(await renderManyOffThread(["a [[Lambda]] b"], hrefs)).toEqual([
      renderNoteHtml("a [[Lambda]] b", { noteExists }),
    ]);
    expect(parsePoolStats().workerBatches).toBe(before.workerBatches);
  });

  test("a 200 KB note does not block the event loop", async () => {
    const big = generateVault(20, 3)
      .map((note) => note.source)
      .join("\n\n")
      .slice(0, 200_000);
    await renderManyOffThread([big], hrefs);
    const before = parsePoolStats();
    const { result, turns } = await turnsWhile(() => renderManyOffThread([big], hrefs));
    expect(result[0]?.length).toBeGreaterThan(100_000);
    expect(parsePoolStats().workerBatches).toBe(before.workerBatches + 1);
    expect(turns).toBeGreaterThanOrEqual(3);
    const inline = await turnsWhile(async () => [renderNoteHtml(big, { noteExists })]);
    expect(inline.turns).toBeLessThanOrEqual(1);
  }, 60_000);
});

describe("per-note parse time budget", () => {
  // The worker's test hook: a note containing this marker blocks its worker thread forever (only when the
  // variable is set as the workers start), so "takes longer than the budget" needs no clock.
  const marker = "RECALL-TEST-HANG-7f3c";

  test("a note over its budget fails with its name and the limit; its worker is replaced; the pool goes on", async () => {
    await closeParsePool();
    process.env.RECALL_TEST_PARSE_HANG_MARKER = marker;
    try {
      const vault = generateVault(4, 11);
      const stuck = { path: "stuck/forever.md", source: `# Stuck\n\n${marker}\n` };
      const before = parsePoolStats();
      await expect(parseMany([...vault, stuck], { inlineBelow: 0, budgetMs: 10_000 })).rejects.toMatchObject({
        reason: "note-parse-timeout",
        subject: "stuck/forever.md",
        message: "stuck/forever.md took longer than 10 s to read; split it into smaller notes.",
      });
      // The stuck worker was terminated and another started in its place; later parses are answered.
      const again = await parseMany(vault, { inlineBelow: 0, budgetMs: 60_000 });
      expect(again).toEqual(vault.map((note) => parseNote(note.source, { path: note.path })));
      expect(parsePoolStats().workersStarted).toBeGreaterThan(before.workersStarted + 1);
      expect(parsePoolStats().inlineBatches).toBe(before.inlineBatches);
    } finally {
      delete process.env.RECALL_TEST_PARSE_HANG_MARKER;
      await closeParsePool();
    }
  }, 60_000);

  test("the budget comes from RECALL_PARSE_BUDGET_SECONDS, 60 s by default", () => {
    expect(parseBudgetMs({})).toBe(60_000);
    expect(parseBudgetMs({ RECALL_PARSE_BUDGET_SECONDS: "2.5" })).toBe(2_500);
    expect(parseBudgetMs({ RECALL_PARSE_BUDGET_SECONDS: "nonsense" })).toBe(60_000);
  });
});
