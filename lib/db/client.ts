import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

const cache = globalThis as unknown as { recallPrisma?: PrismaClient; recallPrismaUrl?: string };

/**
 * The one Prisma client of this process, created on first use from DATABASE_URL and cached across
 * hot reloads. Every instance is stateless: all shared state lives in the database.
 */
export function db(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Recall with `npm start` or set DATABASE_URL.");
  if (!cache.recallPrisma || cache.recallPrismaUrl !== url) {
    const max = Number(process.env.RECALL_DB_POOL_SIZE ?? 20);
    cache.recallPrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
    cache.recallPrismaUrl = url;
  }
  return cache.recallPrisma;
}

export async function disconnectDb(): Promise<void> {
  await cache.recallPrisma?.$disconnect();
  cache.recallPrisma = undefined;
}
