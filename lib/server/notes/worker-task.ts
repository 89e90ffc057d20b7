/** What the note worker threads do: parse batches of notes, or render Markdown (a note and its cards) to HTML. */
// Relative imports: this module is also loaded in a worker thread, through tsx's `tsImport`, where the
// `@/` alias is not guaranteed to resolve.
import { assetUrlsFor } from "../../notes/attachments";
import { parseNote } from "../../notes/parse";
import { renderNoteHtml } from "../../notes/render";
import type { ParsedNote } from "../../notes/types";

/** A batch of notes to parse with `parseNote`; one result per input, in order. */
export interface ParseTask {
  kind: "parse";
  inputs: { path: string; source: string }[];
  cueHeadings?: string[];
}

/**
 * Markdown to render with `renderNoteHtml` (a note, its cards' sides); one HTML string per source.
 * Functions cannot cross threads, so wikilink targets travel as a map from lower-cased title to href.
 */
export interface RenderTask {
  kind: "render";
  sources: string[];
  noteHrefs: Map<string, string>;
  /** Uploaded images (vault path → URL) and the note whose folder relative image paths start from. */
  images?: { urls: Map<string, string>; notePath: string };
}

export type WorkerTask = ParseTask | RenderTask;

export type TaskResult<T extends WorkerTask> = T extends ParseTask ? ParsedNote[] : string[];

/** Called around each note of a parse task (the worker reports progress through `afterNote`). */
export interface ParseHooks {
  beforeNote?: (input: ParseTask["inputs"][number]) => void;
  /** `parsed`: how many notes of the task are done. */
  afterNote?: (parsed: number) => void;
}

/** Runs a task in this thread (the worker's body, and the fallback when no worker can start). */
export function runTask<T extends WorkerTask>(task: T, hooks: ParseHooks = {}): TaskResult<T> {
  if (task.kind === "render") {
    const options = {
      noteExists: (title: string) => task.noteHrefs.get(title.toLowerCase()) ?? null,
      ...(task.images ? { assetUrl: assetUrlsFor(task.images.urls)(task.images.notePath) } : {}),
    };
    return task.sources.map((source) => renderNoteHtml(source, options)) as TaskResult<T>;
  }
  const { cueHeadings } = task;
  return task.inputs.map((input, index) => {
    hooks.beforeNote?.(input);
    const note = parseNote(input.source, { path: input.path, ...(cueHeadings ? { cueHeadings } : {}) });
    hooks.afterNote?.(index + 1);
    return note;
  }) as TaskResult<T>;
}

/** A task sent to a worker, and its answer. */
export interface WorkerRequest {
  id: number;
  task: WorkerTask;
}

/** The task's result, or (parse tasks) progress: how many of its notes are done so far. */
export type WorkerResponse = { id: number; result: ParsedNote[] | string[] } | { id: number; parsed: number };
