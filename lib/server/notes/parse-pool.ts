/**
 * The note worker pool (one thread per core): `parseMany` parses a vault with the whole machine, and
 * `renderManyOffThread` renders a large note, so a 200 KB note never blocks the web server's event loop.
 * Small inputs are handled in-process. Works under `tsx` (the worker entry is TypeScript).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import type { ParsedNote } from "@/lib/notes/types";
import {
  type ParseTask,
  type RenderTask,
  runTask,
  type TaskResult,
  type WorkerRequest,
  type WorkerResponse,
  type WorkerTask,
} from "./worker-task";

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
  /** Time one note may take in a worker (ms). Default `parseBudgetMs()`. */
  budgetMs?: number;
}

const DEFAULT_INLINE_BELOW = 16 * 1024;
const DEFAULT_BUDGET_SECONDS = 60;

/**
 * How long one note's parse may take in a worker, in ms: `RECALL_PARSE_BUDGET_SECONDS` (default 60 s: a 200 KB note takes about 4 s on one free core, 20 s on a machine loaded five times over).
 * A note over it stops its worker and fails alone (docs/security.md). Notes parsed in-process (small
 * inputs) have no budget: the note size limit bounds them.
 */
export function parseBudgetMs(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.RECALL_PARSE_BUDGET_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_BUDGET_SECONDS * 1000;
}

/** The failure of a note that overran its budget; `subject` is the note's path. */
export function parseTimeout(path: string, budgetMs: number): AppError {
  const seconds = Number((budgetMs / 1000).toFixed(3));
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `${path} took longer than ${seconds} s to read; split it into smaller notes.`,
    {
      reason: "note-parse-timeout",
      subject: path,
    },
  );
}
const BATCH_CHARS = 96 * 1024;

interface Job {
  request: WorkerRequest;
  resolve: (result: ParsedNote[] | string[]) => void;
  reject: (error: AppError) => void;
  /** Parse tasks: time per note in a worker (ms). */
  budgetMs?: number;
  /** Notes of the task done so far (progress from the worker). */
  parsed: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  busy: Job | null;
}

let slots: Slot[] = [];
let queue: Job[] = [];
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
  candidates.push(join(process.cwd(), "lib", "server", "notes", "parse-worker.ts"));
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
  // A runtime lookup of tsx inside node_modules: nothing for the bundler to trace (it would trace the whole project).
  if (!existsSync(/* turbopackIgnore: true */ api)) return null;
  const target = JSON.stringify(pathToFileURL(file).href);
  return {
    code: `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => tsx.tsImport(${target}, ${target}));`,
    eval: true,
  };
}

const stats = { workerBatches: 0, inlineBatches: 0, workersStarted: 0 };

/** Counters for tests and diagnostics: tasks run in workers vs in-process, workers started. */
export function parsePoolStats(): {
  workerBatches: number;
  inlineBatches: number;
  workersStarted: number;
  workers: number;
} {
  return { ...stats, workers: slots.length };
}

function runInline(job: Job): void {
  stats.inlineBatches++;
  job.resolve(runTask(job.request.task));
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
  worker.on("message", (message: WorkerResponse) => {
    const job = slot.busy;
    if (!job || job.request.id !== message.id) return;
    if ("parsed" in message) {
      job.parsed = message.parsed;
      startBudget(slot, job);
      return;
    }
    clearTimeout(job.timer);
    slot.busy = null;
    worker.unref();
    stats.workerBatches++;
    job.resolve(message.result);
    dispatch();
  });
  const fail = () => {
    slots = slots.filter((other) => other !== slot);
    const job = slot.busy;
    slot.busy = null;
    clearTimeout(job?.timer);
    // A crashed worker's task runs in-process (parseNote and renderNoteHtml never throw).
    if (job) runInline(job);
    dispatch();
  };
  worker.on("error", fail);
  worker.on("exit", fail);
  return slot;
}

/**
 * (Re)starts the budget of the job's current note, on the worker's word that it started the task or
 * finished a note (so a worker's start-up and time in the queue do not count). On overrun the worker is terminated (nothing else can
 * stop a thread stuck in a parse) and dropped from the pool, the job fails naming that note, and the next
 * task gets a fresh worker.
 */
function startBudget(slot: Slot, job: Job): void {
  clearTimeout(job.timer);
  if (job.budgetMs === undefined || job.request.task.kind !== "parse") return;
  const budgetMs = job.budgetMs;
  const input = job.request.task.inputs[job.parsed];
  if (!input) return;
  job.timer = setTimeout(() => {
    if (slot.busy !== job) return;
    slot.busy = null;
    slots = slots.filter((other) => other !== slot);
    void slot.worker.terminate();
    job.reject(parseTimeout(input.path, budgetMs));
    dispatch();
  }, budgetMs);
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
      // No worker can run here: run in-process, one task per macrotask.
      const job = queue.shift();
      if (job) setImmediate(() => runInline(job));
      continue;
    }
    const job = queue.shift();
    if (!job) return;
    slot.busy = job;
    slot.worker.ref();
    slot.worker.postMessage(job.request);
  }
}

/** Queues a task for the next free worker; a parse task with a budget rejects when one note overruns it. */
function submit<T extends WorkerTask>(task: T, budgetMs?: number): Promise<TaskResult<T>> {
  return new Promise((resolve, reject) => {
    queue.push({
      request: { id: nextId++, task },
      resolve: resolve as Job["resolve"],
      reject,
      parsed: 0,
      ...(budgetMs === undefined ? {} : { budgetMs }),
    });
    dispatch();
  });
}

function batches(inputs: readonly ParseInput[], cueHeadings: string[] | undefined): ParseTask[] {
  const out: ParseTask[] = [];
  let current: ParseInput[] = [];
  let size = 0;
  const flush = () => {
    if (current.length === 0) return;
    out.push({ kind: "parse", inputs: current, ...(cueHeadings ? { cueHeadings } : {}) });
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
 * `inlineBelow` characters are parsed in-process. Never rejects for bad Markdown; rejects with
 * `note-parse-timeout` (subject: the note's path) when one note takes longer than its budget in a worker.
 */
export async function parseMany(inputs: readonly ParseInput[], options: ParseManyOptions = {}): Promise<ParsedNote[]> {
  const total = inputs.reduce((sum, input) => sum + input.source.length, 0);
  const cueHeadings = options.cueHeadings;
  if (total <= (options.inlineBelow ?? DEFAULT_INLINE_BELOW)) {
    return runTask({ kind: "parse", inputs: [...inputs], ...(cueHeadings ? { cueHeadings } : {}) });
  }
  const budgetMs = options.budgetMs ?? parseBudgetMs();
  return (await Promise.all(batches(inputs, cueHeadings).map((task) => submit(task, budgetMs)))).flat();
}

/**
 * `renderNoteHtml` of several sources (the note page: the note and its cards' sides), in a worker thread
 * when they total more than `inlineBelow` characters (default 16 KB). One HTML string per source, in
 * order; wikilinks resolve through `noteHrefs` (lower-cased title → href).
 */
export async function renderManyOffThread(
  sources: string[],
  noteHrefs: Map<string, string>,
  options: { inlineBelow?: number; images?: RenderTask["images"] } = {},
): Promise<string[]> {
  const task = { kind: "render", sources, noteHrefs, ...(options.images ? { images: options.images } : {}) } as const;
  const total = sources.reduce((sum, source) => sum + source.length, 0);
  return total <= (options.inlineBelow ?? DEFAULT_INLINE_BELOW) ? runTask(task) : submit(task);
}

/** Stops the pool's workers (tests, graceful shutdown); the next `parseMany` starts new ones. */
export async function closeParsePool(): Promise<void> {
  const current = slots;
  slots = [];
  queue = [];
  unavailable = false;
  for (const slot of current) clearTimeout(slot.busy?.timer);
  await Promise.all(current.map((slot) => slot.worker.terminate()));
}
