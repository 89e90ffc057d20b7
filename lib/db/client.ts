import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

const cache = globalThis as unknown as {
  recallPrisma?: PrismaClient;
  recallPrismaUrl?: string;
  recallPool?: pg.Pool;
  recallPoolUrl?: string;
};

const DATE_OID = 1082;

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

/**
 * A plain pg pool for the few hot reads where Prisma's per-row decoding costs more than the query (the
 * due queue). DATE columns come back as "YYYY-MM-DD" strings, never shifted by the machine's time zone.
 */
export function sqlPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Recall with `npm start` or set DATABASE_URL.");
  if (!cache.recallPool || cache.recallPoolUrl !== url) {
    cache.recallPool = new pg.Pool({
      connectionString: url,
      max: 5,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === DATE_OID
            ? (value: string) => value
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server closed (a restart, a failover) must not take the process down;
    // the pool replaces it on the next query.
    cache.recallPool.on("error", (error) => {
      console.warn(`PostgreSQL closed an idle connection: ${error.message}`);
    });
    cache.recallPoolUrl = url;
  }
  return cache.recallPool;
}

export async function disconnectDb(): Promise<void> {
  await cache.recallPrisma?.$disconnect();
  await cache.recallPool?.end();
  cache.recallPrisma = undefined;
  cache.recallPool = undefined;
}
