/** Worker-thread entry of the parse pool: parses batches of notes off the main event loop. */
import { parentPort } from "node:worker_threads";
import { parseNote } from "./parse";
import type { ParsedNote } from "./types";

/** A batch sent to a worker. */
export interface ParseBatch {
  id: number;
  inputs: { path: string; source: string }[];
  cueHeadings?: string[];
}

/** A worker's answer: one result per input, in order. */
export interface ParseBatchResult {
  id: number;
  results: ParsedNote[];
}

parentPort?.on("message", (batch: ParseBatch) => {
  const results = batch.inputs.map((input) =>
    parseNote(input.source, { path: input.path, ...(batch.cueHeadings ? { cueHeadings: batch.cueHeadings } : {}) }),
  );
  parentPort?.postMessage({ id: batch.id, results } satisfies ParseBatchResult);
});
