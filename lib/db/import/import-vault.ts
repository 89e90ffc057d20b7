import { parseMany } from "@/lib/server/notes/parse-pool";
import type { VaultFile } from "@/lib/notes/vault";
import { type ImportOptions, type ImportSummary, importNotes } from "./import-notes";

/** Imports vault files (from a folder, uploads or a zip) for one user, parsing them in worker threads. */
export function importVault(options: {
  userId: string;
  files: VaultFile[];
  now?: Date;
  onProgress?: ImportOptions["onProgress"];
}): Promise<ImportSummary> {
  return importNotes({
    userId: options.userId,
    now: options.now,
    onProgress: options.onProgress,
    files: options.files.map((file) => ({ path: file.path, source: file.content })),
    parse: (files) => parseMany(files),
  });
}

/** One line per figure, warnings as `file:line message`: what `cli import` and the upload page show. */
export function describeImport(summary: ImportSummary): string[] {
  const { notes, cards } = summary;
  return [
    `Notes: ${notes.added} added, ${notes.updated} updated, ${notes.unchanged} unchanged, ${notes.failed} failed`,
    `Cards: ${cards.added} added, ${cards.updated} updated, ${cards.archived} archived; ${summary.suggestions} suggested (accept them on the note page)`,
    ...summary.warnings.map((w) => `warning ${w.file}:${w.line} ${w.message}`),
    ...summary.failures.map((f) => `failed  ${f.file}: ${f.message}`),
  ];
}
