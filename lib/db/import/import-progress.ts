import { db } from "@/lib/db/client";

/** Records that an import of `total` notes has started (`id` is chosen by the upload form). */
export async function startImportProgress(options: { id: string; userId: string; total: number }): Promise<void> {
  await db().importProgress.upsert({
    where: { id: options.id },
    create: { id: options.id, userId: options.userId, total: options.total },
    // Only the same user's row is ever reused (a retried form); another user's id is left alone.
    update: {},
  });
  await db().importProgress.updateMany({
    where: { id: options.id, userId: options.userId },
    data: { total: options.total, done: 0 },
  });
}

/** Notes of the import handled so far (imported, unchanged or failed). */
export async function advanceImportProgress(options: { id: string; userId: string; done: number }): Promise<void> {
  await db().importProgress.updateMany({
    where: { id: options.id, userId: options.userId },
    data: { done: options.done },
  });
}

/** The user's own import progress, or null (unknown id, another user's, or finished). */
export async function findImportProgress(options: {
  id: string;
  userId: string;
}): Promise<{ done: number; total: number } | null> {
  return db().importProgress.findFirst({
    where: { id: options.id, userId: options.userId },
    select: { done: true, total: true },
  });
}

/** Removes the row when the import ends (done or failed). */
export async function endImportProgress(options: { id: string; userId: string }): Promise<void> {
  await db().importProgress.deleteMany({ where: { id: options.id, userId: options.userId } });
}
