import fs from "node:fs/promises";
import path from "node:path";
import { withReviewState } from "@/lib/notes/write-back";
import { noteReviewStates } from "./note-review-states";

export interface ExportSummary {
  written: string[];
  unchanged: string[];
  notStudied: string[];
  missing: string[];
}

/**
 * Writes each note's review state into the frontmatter of its file under `folder` (the vault it was
 * imported from). Only the review keys (and progress keys the note has) change; notes never studied and
 * files not found are reported.
 */
export async function exportReviewStates(options: {
  userId: string;
  folder: string;
  now: Date;
}): Promise<ExportSummary> {
  const states = await noteReviewStates({ userId: options.userId, now: options.now });
  const summary: ExportSummary = { written: [], unchanged: [], notStudied: [], missing: [] };
  const root = path.resolve(options.folder);
  for (const state of states) {
    const { path: notePath, review } = state;
    const file = path.resolve(root, notePath);
    // Note paths come from the database; never write outside the folder the user named.
    if (!file.startsWith(`${root}${path.sep}`)) continue;
    if (!review) {
      summary.notStudied.push(notePath);
      continue;
    }
    const source = await fs.readFile(file, "utf8").catch(() => null);
    if (source === null) {
      summary.missing.push(notePath);
      continue;
    }
    const updated = withReviewState(source, state);
    if (updated === source) summary.unchanged.push(notePath);
    else {
      await fs.writeFile(file, updated);
      summary.written.push(notePath);
    }
  }
  return summary;
}
