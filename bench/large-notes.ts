/**
 * Large notes (issue 19): parse time and time per MB of generated 12 KB, 256 KB, 1 MB and 5 MB notes, on one
 * worker of the note pool (targets: 1 MB < 3 s, 5 MB < 15 s), beside baselines from the same run: one
 * whole-note remark parse (what `parseNote` did before parsing in parts; quadratic, so only up to 256 KB
 * unless `--whole-baseline`), and the bare parse of the 12 KB note scaled per MB (what linear looks like).
 * Then the note page's work for a note with ~8,700 cards: render the note and every card's sides (before)
 * against the note and one page of cards (after; target < 1 s).
 *
 * Times are CPU seconds of the process (`process.cpuUsage`, the worker's included), not wall time: on a
 * shared, loaded machine wall time mostly measures the wait for a core.
 */
import { availableParallelism, loadavg } from "node:os";
import { parseMarkdown, parseMarkdownWhole } from "@/lib/notes/markdown";
import { CARDS_PER_PAGE } from "@/lib/notes/card-pages";
import { parseNote } from "@/lib/notes/parse";
import { renderNoteHtml } from "@/lib/notes/render";
import { closeParsePool, parseMany, renderManyOffThread } from "@/lib/server/notes/parse-pool";
import { generateLargeNote } from "./generate-vault";

const SIZES: [label: string, bytes: number][] = [
  ["12 KB", 12 * 1024],
  ["256 KB", 256 * 1024],
  ["1 MB", 1024 * 1024],
  ["5 MB", 5 * 1024 * 1024],
];
const TARGETS: Record<string, number> = { "1 MB": 3, "5 MB": 15 };

/** CPU seconds of this process (all threads, so a pool worker's too) spent in `run`. */
function seconds(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

async function secondsAsync(run: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage();
  await run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** Prints the large-note figures. */
export async function runLargeNotesBench(): Promise<void> {
  const wholeUpTo = process.argv.includes("--whole-baseline") ? Number.POSITIVE_INFINITY : 300 * 1024;
  const notes = SIZES.map(([label, bytes]) => ({ label, source: generateLargeNote(bytes, 19).source }));
  const small = notes[0]?.source ?? "";
  for (let round = 0; round < 5; round++) parseNote(small); // warm the JIT
  await parseMany([{ path: "warm.md", source: small }], { inlineBelow: 0 }); // start a worker, warm it
  await parseMany([{ path: "warm.md", source: notes[1]?.source ?? "" }], { inlineBelow: 0 });
  const linearPerMb = (seconds(() => parseMarkdownWhole(small)) / Buffer.byteLength(small)) * 1e6;
  console.log(
    `large notes: load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores; times are CPU s`,
  );
  console.log(`large notes: linear reference (one parse of the 12 KB note, per MB) ${linearPerMb.toFixed(2)} s/MB`);
  let cardsOfLargest: { parsed: ReturnType<typeof parseNote>; source: string } | null = null;
  for (const { label, source } of notes) {
    const megabytes = Buffer.byteLength(source) / 1e6;
    const worker = await secondsAsync(() => parseMany([{ path: "large.md", source }], { inlineBelow: 0 }));
    const parts = seconds(() => parseMarkdown(source));
    let parsed: ReturnType<typeof parseNote> | undefined;
    const inProcess = seconds(() => {
      parsed = parseNote(source);
    });
    const whole = Buffer.byteLength(source) <= wholeUpTo ? seconds(() => parseMarkdownWhole(source)) : null;
    const target = TARGETS[label];
    const verdict = target === undefined ? "" : ` (target < ${target} s) ${worker < target ? "OK" : "OVER"}`;
    console.log(
      `large notes: ${label.padEnd(6)} ${parsed?.cards.length ?? 0} cards; parseNote on one worker ${worker.toFixed(2)} s = ${(worker / megabytes).toFixed(2)} s/MB${verdict}; in-process ${(inProcess / megabytes).toFixed(2)} s/MB; bare parse in parts ${(parts / megabytes).toFixed(2)} s/MB; baseline whole-note parse ${whole === null ? "skipped (quadratic; --whole-baseline)" : `${whole.toFixed(2)} s = ${(whole / megabytes).toFixed(2)} s/MB`} (CPU s)`,
    );
    if (parsed) cardsOfLargest = { parsed, source };
  }
  if (cardsOfLargest) await printNotePage(cardsOfLargest.parsed, cardsOfLargest.source);
  await closeParsePool();
}

/**
 * The note page's server work for a note of ~8,700 cards (the first 8,700 cards of the 5 MB note, and the
 * note up to the last of them): the note body, plus four rendered sides for every card (before) or for one
 * page of each card list (after), through the pool as the page does it.
 */
async function printNotePage(parsed: ReturnType<typeof parseNote>, source: string): Promise<void> {
  const cards = parsed.cards.slice(0, 8_700);
  const lastLine = cards[cards.length - 1]?.line ?? 1;
  let cut = 0;
  for (let line = 1; line <= lastLine + 1 && cut !== -1; line++) cut = source.indexOf("\n", cut + 1);
  const body = cut === -1 ? source : source.slice(0, cut + 1);
  const sides = (shown: typeof cards) => shown.flatMap((card) => [card.front, card.back, "", ""]);
  const links = new Map<string, string>();
  const bodyOnly = await secondsAsync(() => renderManyOffThread([body], links, { inlineBelow: 0 }));
  const before = await secondsAsync(() => renderManyOffThread([body, ...sides(cards)], links));
  const shown = [
    ...cards.filter((card) => !card.suggested).slice(0, CARDS_PER_PAGE),
    ...cards.filter((card) => card.suggested).slice(0, CARDS_PER_PAGE),
  ];
  const after = await secondsAsync(() => renderManyOffThread([body, ...sides(shown)], links));
  const inline = seconds(() => renderNoteHtml(body));
  console.log(
    `large notes: note page, ${cards.length} cards, ${(Buffer.byteLength(body) / 1e6).toFixed(2)} MB: before (every card's sides) ${before.toFixed(2)} s, after (${shown.length} cards shown) ${after.toFixed(2)} s (target < 1 s) ${after < 1 ? "OK" : "OVER"}; of which the note body ${bodyOnly.toFixed(2)} s on a worker (${inline.toFixed(2)} s in-process)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runLargeNotesBench();
}

/**
 * A 5 MB note imported the way the upload form does it (`importVault`: parse on a worker, then write the
 * note and its cards), into the bench's PostgreSQL; before issue 19 it never finished. Wall time, with the
 * parse alone (same note, same run) as its baseline.
 */
export async function runLargeNoteImportBench(): Promise<void> {
  const { createUser } = await import("@/lib/db/users/create-user");
  const { importVault } = await import("@/lib/db/import/import-vault");
  const { source } = generateLargeNote(5 * 1024 * 1024, 23);
  const user = await createUser({ email: `bench-large-${Date.now()}@bench.test`, password: "bench-password-1" });
  let started = performance.now();
  await parseMany([{ path: "course.md", source }], { inlineBelow: 0 });
  const parseOnly = (performance.now() - started) / 1000;
  started = performance.now();
  const summary = await importVault({ userId: user.id, files: [{ path: "course.md", content: source }] });
  const imported = (performance.now() - started) / 1000;
  await closeParsePool();
  console.log(
    `large notes: import of a 5 MB note (upload path): ${imported.toFixed(1)} s wall, ${summary.cards.added} cards, ${summary.notes.failed} failed; parse alone on a worker ${parseOnly.toFixed(1)} s wall (load average ${loadavg()[0]?.toFixed(1)})`,
  );
}
