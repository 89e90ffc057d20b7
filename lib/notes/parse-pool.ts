/**
 * `parseMany`: parses notes in a pool of worker threads (one per core), so a large vault uses the whole
 * machine and a 200 KB note never blocks the web server's event loop. Tiny inputs are parsed in-process.
 * Works under `tsx` (the worker entry is TypeScript, loaded with `--import tsx`).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { parseNote } from "./parse";
import type { ParseBatch, ParseBatchResult } from "./parse-worker";
import type { ParsedNote } from "./types";

/** One note to parse. */
export interface ParseInput {
  path: string;
  source: string;
}

/** Options of `parseMany`. */
export interface ParseManyOptions {
  cueHeadings?: string[];
  /** Total size (UTF-16 code units) at or below which notes are parsed in-process. Default 16 KB. */
  inlineBelow?: number;
}

const DEFAULT_INLINE_BELOW = 16 * 1024;
const BATCH_CHARS = 96 * 1024;

interface Slot {
  worker: Worker;
  busy: { batch: ParseBatch; resolve: (results: ParsedNote[]) => void } | null;
}

let slots: Slot[] = [];
let queue: { batch: ParseBatch; resolve: (results: ParsedNote[]) => void }[] = [];
let nextId = 1;
let unavailable = false;

function poolSize(): number {
  return Math.max(1, typeof availableParallelism === "function" ? availableParallelism() : cpus().length);
}

/**
 * How to start a worker: a compiled `.js` entry directly, or (under tsx, in tests, in the dev server) a
 * small bootstrap that loads the TypeScript entry with tsx's `tsImport` (Node 20 workers do not inherit
 * the parent's module hooks, and `--import tsx` in a worker's execArgv is not applied). Null when no
 * entry can be found: then notes are parsed in-process.
 */
function workerEntry(): { code: string; eval: boolean } | null {
  const candidates: string[] = [];
  if (process.env.RECALL_PARSE_WORKER) candidates.push(process.env.RECALL_PARSE_WORKER);
  try {
    // Not `new URL("./parse-worker.ts", import.meta.url)`: bundlers would try to emit that as an asset.
    candidates.push(join(dirname(fileURLToPath(import.meta.url)), "parse-worker.ts"));
  } catch {
    // bundled: import.meta.url is not a file
  }
  candidates.push(join(process.cwd(), "lib", "notes", "parse-worker.ts"));
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) return null;
  if (!file.endsWith(".ts")) return { code: file, eval: false };
  let api: string;
  try {
    // The ESM build of tsx's API (its CommonJS build cannot be imported from an eval worker).
    const manifest = createRequire(join(process.cwd(), "package.json")).resolve("tsx/package.json");
    api = join(dirname(manifest), "dist", "esm", "api", "index.mjs");
  } catch {
    return null;
  }
  if (!existsSync(api)) return null;
  const target = JSON.stringify(pathToFileURL(file).href);
  return {
    code: `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => tsx.tsImport(${target}, ${target}));`,
    eval: true,
  };
}

const stats = { workerBatches: 0, inlineBatches: 0, workersStarted: 0 };

/** Counters for tests and diagnostics: batches parsed in workers vs in-process, workers started. */
export function parsePoolStats(): {
  workerBatches: number;
  inlineBatches: number;
  workersStarted: number;
  workers: number;
} {
  return { ...stats, workers: slots.length };
}

function parseInline(batch: ParseBatch): ParsedNote[] {
  stats.inlineBatches++;
  return batch.inputs.map((input) =>
    parseNote(input.source, { path: input.path, ...(batch.cueHeadings ? { cueHeadings: batch.cueHeadings } : {}) }),
  );
}

function spawn(entry: { code: string; eval: boolean }): Slot {
  const worker = new Worker(entry.code, {
    eval: entry.eval,
    execArgv: [],
    // remark allocates short-lived objects at a furious rate: with a young generation of 48 MB, a
    // quarter of a worker's time went to scavenges; at 128 MB the pool parses about 1.6× faster
    // (`npm run bench -- import`, parse-only baseline). V8 only grows it that far under such load.
    resourceLimits: { maxYoungGenerationSizeMb: 128 },
  });
  stats.workersStarted++;
  const slot: Slot = { worker, busy: null };
  worker.unref();
  worker.on("message", (message: ParseBatchResult) => {
    const task = slot.busy;
    if (!task || task.batch.id !== message.id) return;
    slot.busy = null;
    worker.unref();
    stats.workerBatches++;
    task.resolve(message.results);
    dispatch();
  });
  const fail = () => {
    slots = slots.filter((other) => other !== slot);
    const task = slot.busy;
    slot.busy = null;
    // A crashed worker's batch is parsed in-process (parseNote itself never throws).
    if (task) task.resolve(parseInline(task.batch));
    dispatch();
  };
  worker.on("error", fail);
  worker.on("exit", fail);
  return slot;
}

function dispatch(): void {
  while (queue.length > 0) {
    let slot = slots.find((candidate) => candidate.busy === null);
    if (!slot && slots.length < poolSize() && !unavailable) {
      const entry = workerEntry();
      if (!entry) unavailable = true;
      else {
        try {
          slot = spawn(entry);
          slots.push(slot);
        } catch {
          unavailable = true;
        }
      }
    }
    if (!slot) {
      if (slots.length > 0) return;
      // No worker can run here: parse in-process, one batch per macrotask.
      const task = queue.shift();
      if (task) setImmediate(() => task.resolve(parseInline(task.batch)));
      continue;
    }
    const task = queue.shift();
    if (!task) return;
    slot.busy = task;
    slot.worker.ref();
    slot.worker.postMessage(task.batch);
  }
}

function batches(inputs: readonly ParseInput[], cueHeadings: string[] | undefined): ParseBatch[] {
  const out: ParseBatch[] = [];
  let current: ParseInput[] = [];
  let size = 0;
  const flush = () => {
    if (current.length === 0) return;
    out.push({ id: nextId++, inputs: current, ...(cueHeadings ? { cueHeadings } : {}) });
    current = [];
    size = 0;
  };
  for (const input of inputs) {
    if (size > 0 && size + input.source.length > BATCH_CHARS) flush();
    current.push({ path: input.path, source: input.source });
    size += input.source.length;
  }
  flush();
  return out;
}

/**
 * Parses notes with `parseNote` in worker threads (up to `os.availableParallelism()` of them, reused
 * across calls) and resolves with one result per input, in input order. Inputs totalling at most
 * `inlineBelow` characters are parsed in-process. Never rejects for bad Markdown.
 */
export async function parseMany(inputs: readonly ParseInput[], options: ParseManyOptions = {}): Promise<ParsedNote[]> {
  const total = inputs.reduce((sum, input) => sum + input.source.length, 0);
  const cueHeadings = options.cueHeadings;
  if (total <= (options.inlineBelow ?? DEFAULT_INLINE_BELOW)) {
    return inputs.map((input) =>
      parseNote(input.source, { path: input.path, ...(cueHeadings ? { cueHeadings } : {}) }),
    );
  }
  const pending = batches(inputs, cueHeadings).map(
    (batch) =>
      new Promise<ParsedNote[]>((resolve) => {
        queue.push({ batch, resolve });
      }),
  );
  dispatch();
  return (await Promise.all(pending)).flat();
}

/** Stops the pool's workers (tests, graceful shutdown); the next `parseMany` starts new ones. */
export async function closeParsePool(): Promise<void> {
  const current = slots;
  slots = [];
  queue = [];
  await Promise.all(current.map((slot) => slot.worker.terminate()));
}
