import { db } from "@/lib/db/client";
import { importNotes } from "@/lib/db/import/import-notes";
import { importVault } from "@/lib/db/import/import-vault";
import { createUser } from "@/lib/db/users/create-user";
import { closeParsePool, parseMany } from "@/lib/server/notes/parse-pool";
import { heading, row } from "./format";
import { generateVault } from "./generate-vault";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * A generated vault of 1,000 notes shaped like the students' (~12 KB each) imported into PostgreSQL,
 * then re-imported unchanged. Baselines in the same run: parsing alone in the worker pool (no database),
 * and writing alone (the same notes, already parsed, for another user).
 */
export async function runImportBench(databaseUrl: string): Promise<void> {
  heading("Vault import (1,000 notes)");
  process.env.DATABASE_URL = databaseUrl;
  const vault = generateVault(1000, 7);
  const files = vault.map((note) => ({ path: note.path, content: note.source }));
  const megabytes = vault.reduce((sum, note) => sum + Buffer.byteLength(note.source), 0) / 1e6;
  const user = await createUser({ email: `bench-import-${Date.now()}@bench.test`, password: "bench-password-1" });

  let started = performance.now();
  const parsed = await parseMany(vault);
  const parseOnly = performance.now() - started;

  const writer = await createUser({ email: `bench-write-${Date.now()}@bench.test`, password: "bench-password-1" });
  const parsedByPath = new Map(vault.map((note, index) => [note.path, parsed[index]]));
  started = performance.now();
  await importNotes({
    userId: writer.id,
    files: vault,
    parse: async (batch) => batch.map((file) => parsedByPath.get(file.path) as (typeof parsed)[number]),
  });
  const writeOnly = performance.now() - started;

  started = performance.now();
  const first = await importVault({ userId: user.id, files });
  const firstImport = performance.now() - started;

  started = performance.now();
  const again = await importVault({ userId: user.id, files });
  const reimport = performance.now() - started;
  await closeParsePool();

  const cards = await db().card.count({ where: { userId: user.id } });
  row("vault size", `${megabytes.toFixed(1)} MB`);
  row("baseline: parse only (worker pool)", seconds(parseOnly));
  row("baseline: write only (already parsed)", seconds(writeOnly));
  row("first import (parse + write)", seconds(firstImport), "< 25 s");
  row("first import / parse only", `${(firstImport / parseOnly).toFixed(2)}×`);
  row("notes added / cards stored", `${first.notes.added} / ${cards}`);
  row("re-import unchanged", seconds(reimport), "< 3 s");
  row("re-import: notes unchanged", String(again.notes.unchanged));
}
