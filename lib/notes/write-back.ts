/**
 * A note's file with its review state written back: the one rewrite behind `sync --write-back`,
 * `cli export` and the notes page's download. Only the review keys (and the progress keys the note
 * already has) change; every other byte is kept.
 */
import { type ProgressValues, writeProgressKeys } from "./progress-keys";
import { writeReviewState } from "./review";
import type { ReviewState } from "./types";

export interface NoteWriteBack {
  /** null while no card of the note was studied: the file is left as it is. */
  review: ReviewState | null;
  progress: ProgressValues;
}

/** `source` with `state` written into its frontmatter; `source` itself when there is nothing to write. */
export function withReviewState(source: string, state: NoteWriteBack): string {
  if (!state.review) return source;
  return writeProgressKeys(writeReviewState(source, state.review), state.progress);
}
