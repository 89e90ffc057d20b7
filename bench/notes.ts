/**
 * Parser benchmark: MB/s of a bare remark parse (remark-parse + GFM + frontmatter) against `parseNote`
 * (the same parse plus card extraction, frontmatter and review state) on a generated vault shaped like
 * the seed notes, and the overhead ratio (target: extraction adds at most 30 %). Also the worker pool.
 */
import { parseMarkdown } from "@/lib/notes/markdown";
import { parseNote } from "@/lib/notes/parse";
import { closeParsePool, parseMany } from "@/lib/notes/parse-pool";
import { generateVault } from "./generate-vault";

function time(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

/** Prints the parser figures (MB/s, overhead ratio, pool throughput). */
export async function runNotesBench(): Promise<void> {
  const vault = generateVault(200, 42);
  const megabytes = vault.reduce((sum, note) => sum + Buffer.byteLength(note.source), 0) / 1e6;
  const bare = () => {
    for (const note of vault) parseMarkdown(note.source);
  };
  const full = () => {
    for (const note of vault) parseNote(note.source, { path: note.path });
  };
  bare();
  full();
  const bareTimes: number[] = [];
  const fullTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    bareTimes.push(time(bare));
    fullTimes.push(time(full));
  }
  const bareBest = Math.min(...bareTimes);
  const fullBest = Math.min(...fullTimes);
  const overhead = (fullBest / bareBest - 1) * 100;
  const cards = vault.reduce((sum, note) => sum + parseNote(note.source).cards.length, 0);
  console.log(`notes: ${vault.length} generated notes, ${megabytes.toFixed(2)} MB, ${cards} cards`);
  console.log(`notes: bare remark parse   ${(megabytes / bareBest).toFixed(2)} MB/s`);
  console.log(`notes: parseNote           ${(megabytes / fullBest).toFixed(2)} MB/s`);
  console.log(`notes: extraction overhead ${overhead.toFixed(1)} % (target <= 30 %) ${overhead <= 30 ? "OK" : "OVER"}`);
  await parseMany(vault.slice(0, 20));
  const started = performance.now();
  await parseMany(vault);
  const pooled = (performance.now() - started) / 1000;
  console.log(
    `notes: parseMany (worker pool) ${(megabytes / pooled).toFixed(2)} MB/s, ${(vault.length / pooled).toFixed(0)} notes/s`,
  );
  await closeParsePool();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runNotesBench();
}
