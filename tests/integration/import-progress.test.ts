/** Progress of a long import: told after each batch, kept in PostgreSQL (any instance answers a poll), per user. */
import { randomUUID } from "node:crypto";
import { expect, test } from "vitest";
import { importNotes } from "@/lib/db/import/import-notes";
import {
  advanceImportProgress,
  endImportProgress,
  findImportProgress,
  startImportProgress,
} from "@/lib/db/import/import-progress";
import { parseNote } from "@/lib/notes/parse";
import { makeUser } from "./helpers";

const parse = async (batch: { path: string; source: string }[]) =>
  batch.map((file) => parseNote(file.source, { path: file.path }));

test("an import reports n of m after each batch, counting unchanged notes first", async () => {
  const user = await makeUser();
  const files = (count: number, answer: string) =>
    Array.from({ length: count }, (_, index) => ({
      path: `n${index}.md`,
      source: `# N${index}\n\nQ${index}::${answer}\n`,
    }));
  await importNotes({ userId: user.id, files: files(20, "same"), parse });

  const seen: [number, number][] = [];
  // 20 unchanged, then 100 new ones in batches of 40.
  const all = [...files(20, "same"), ...files(120, "new").slice(20)];
  await importNotes({
    userId: user.id,
    files: all,
    parse,
    batchSize: 40,
    onProgress: (done, total) => void seen.push([done, total]),
  });
  expect(seen).toEqual([
    [20, 120],
    [60, 120],
    [100, 120],
    [120, 120],
  ]);
});

test("progress rows belong to their user and disappear when the import ends", async () => {
  const owner = await makeUser();
  const other = await makeUser();
  const id = randomUUID();
  await startImportProgress({ id, userId: owner.id, total: 300 });
  await advanceImportProgress({ id, userId: owner.id, done: 50 });
  await expect(findImportProgress({ id, userId: owner.id })).resolves.toEqual({ done: 50, total: 300 });
  // Another user can neither read nor move it, not even by starting an import with the same id.
  await expect(findImportProgress({ id, userId: other.id })).resolves.toBeNull();
  await advanceImportProgress({ id, userId: other.id, done: 299 });
  await startImportProgress({ id, userId: other.id, total: 1 });
  await expect(findImportProgress({ id, userId: owner.id })).resolves.toEqual({ done: 50, total: 300 });
  await endImportProgress({ id, userId: owner.id });
  await expect(findImportProgress({ id, userId: owner.id })).resolves.toBeNull();
});
