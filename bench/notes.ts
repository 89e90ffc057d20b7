/**
 * Parser benchmark: MB/s of a bare remark parse (remark-parse + GFM + frontmatter) against `parseNote`
 * (the same parse plus card extraction, frontmatter and review state) on a generated vault shaped like
 * the seed notes, and the overhead ratio (target: extraction adds at most 30 %), and what the suggestion
 * rules (issue 14) cost beside the bare parse (target: at most 30 % extra). Also the worker pool,
 * and how long a 200 KB note stalls the event loop when parsed or rendered in-process vs in the pool.
 */
import { availableParallelism } from "node:os";
import { parseMarkdown } from "@/lib/notes/markdown";
import { parseNote } from "@/lib/notes/parse";
import { closeParsePool, parseMany, renderManyOffThread } from "@/lib/server/notes/parse-pool";
import { renderNoteHtml } from "@/lib/notes/render";
import { watchEventLoop } from "./event-loop";
import { generateVault } from "./generate-vault";

/** Prints the parser figures (MB/s, overhead ratio, pool throughput). */
export async function runNotesBench(): Promise<void> {
  const vault = generateVault(200, 42);
  const megabytes = vault.reduce((sum, note) => sum + Buffer.byteLength(note.source), 0) / 1e6;
  // Interleaved note by note (order alternating), so load from other processes hits both sides alike.
  let bareSeconds = 0;
  let fullSeconds = 0;
  const rounds = 4;
  for (let round = -1; round < rounds; round++) {
    vault.forEach((note, index) => {
      const bareFirst = (index + round) % 2 === 0;
      const t0 = performance.now();
      if (bareFirst) parseMarkdown(note.source);
      else parseNote(note.source, { path: note.path });
      const t1 = performance.now();
      if (bareFirst) parseNote(note.source, { path: note.path });
      else parseMarkdown(note.source);
      const t2 = performance.now();
      if (round < 0) return; // warm-up round
      bareSeconds += (bareFirst ? t1 - t0 : t2 - t1) / 1000 / rounds;
      fullSeconds += (bareFirst ? t2 - t1 : t1 - t0) / 1000 / rounds;
    });
  }
  // Suggestion cost: parseNote with and without the suggestion rules, interleaved the same way.
  let plainSeconds = 0;
  let suggestSeconds = 0;
  for (let round = -1; round < rounds; round++) {
    vault.forEach((note, index) => {
      const plainFirst = (index + round) % 2 === 0;
      const t0 = performance.now();
      parseNote(note.source, { path: note.path, suggest: !plainFirst });
      const t1 = performance.now();
      parseNote(note.source, { path: note.path, suggest: plainFirst });
      const t2 = performance.now();
      if (round < 0) return;
      plainSeconds += (plainFirst ? t1 - t0 : t2 - t1) / 1000 / rounds;
      suggestSeconds += (plainFirst ? t2 - t1 : t1 - t0) / 1000 / rounds;
    });
  }
  const bareBest = bareSeconds;
  const fullBest = fullSeconds;
  const overhead = (fullBest / bareBest - 1) * 100;
  const cards = vault.reduce((sum, note) => sum + parseNote(note.source).cards.length, 0);
  console.log(`notes: ${vault.length} generated notes, ${megabytes.toFixed(2)} MB, ${cards} cards`);
  console.log(`notes: bare remark parse   ${(megabytes / bareBest).toFixed(2)} MB/s`);
  console.log(`notes: parseNote           ${(megabytes / fullBest).toFixed(2)} MB/s`);
  console.log(`notes: extraction overhead ${overhead.toFixed(1)} % (target <= 30 %) ${overhead <= 30 ? "OK" : "OVER"}`);
  const suggestion = ((suggestSeconds - plainSeconds) / bareBest) * 100;
  console.log(
    `notes: suggestions cost    ${(suggestSeconds - plainSeconds).toFixed(3)} s beside ${bareBest.toFixed(3)} s of bare remark parse: +${suggestion.toFixed(1)} % (target <= 30 %) ${suggestion <= 30 ? "OK" : "OVER"}`,
  );
  await parseMany(vault); // starts the workers and warms their JIT
  let pooled = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 2; round++) {
    const started = performance.now();
    await parseMany(vault);
    pooled = Math.min(pooled, (performance.now() - started) / 1000);
  }
  console.log(
    `notes: parseMany, ${availableParallelism()} worker threads: ${(megabytes / pooled).toFixed(2)} MB/s, ${(vault.length / pooled).toFixed(0)} notes/s (${(fullBest / pooled).toFixed(2)}× one thread)`,
  );
  await printStalls(
    vault
      .map((note) => note.source)
      .join("\n\n")
      .slice(0, 200_000),
  );
  await closeParsePool();
}

/** The longest event-loop stall while a 200 KB note is parsed or rendered: in-process (baseline) vs pool. */
async function printStalls(big: string): Promise<void> {
  const links = new Map<string, string>();
  const cases: [name: string, inProcess: () => Promise<unknown>, pooled: () => Promise<unknown>][] = [
    ["parse", async () => parseNote(big), () => parseMany([{ path: "big.md", source: big }])],
    ["render", async () => renderNoteHtml(big), () => renderManyOffThread([big], links)],
  ];
  for (const [name, inline, pooled] of cases) {
    await pooled(); // warm
    const baseline = (await watchEventLoop(inline, 2)).longest;
    const offThread = (await watchEventLoop(pooled, 2)).longest;
    console.log(
      `notes: 200 KB ${name}, longest event-loop stall: in-process ${baseline.toFixed(0)} ms, pool ${offThread.toFixed(0)} ms`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runNotesBench();
}
