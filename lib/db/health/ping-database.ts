import { db } from "@/lib/db/client";

/** Runs `select 1`; resolves when the database answers, rejects with the driver's error otherwise. */
export async function pingDatabase(): Promise<void> {
  await db().$queryRaw`select 1`;
}
