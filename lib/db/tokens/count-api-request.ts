import { sqlPool } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const WINDOW_MS = 60_000;

/**
 * Counts one request against the token's per-minute allowance (fixed one-minute windows, counted by one
 * atomic upsert in PostgreSQL so it holds across app instances); throws RATE_LIMITED past `limit`.
 * Returns the seconds until the window resets, for `Retry-After`.
 */
export async function countApiRequest(options: { tokenId: string; now: Date; limit: number }): Promise<number> {
  const windowStart = new Date(Math.floor(options.now.getTime() / WINDOW_MS) * WINDOW_MS);
  const retryAfter = Math.ceil((windowStart.getTime() + WINDOW_MS - options.now.getTime()) / 1000);
  const { rows } = await sqlPool().query<{ count: number }>(
    `insert into "ApiRateWindow" ("tokenId", "windowStart", count) values ($1, $2::timestamp, 1)
     on conflict ("tokenId", "windowStart") do update set count = "ApiRateWindow".count + 1
     returning count`,
    [options.tokenId, windowStart.toISOString()],
  );
  if ((rows[0]?.count ?? 0) > options.limit) {
    throw new AppError("RATE_LIMITED", `more than ${options.limit} requests in a minute; retry in ${retryAfter} s`, {
      reason: "rate-limited",
    });
  }
  // A token's first request of a minute also drops its older windows: they are never read again.
  if (rows[0]?.count === 1) {
    await sqlPool().query(`delete from "ApiRateWindow" where "tokenId" = $1 and "windowStart" < $2::timestamp`, [
      options.tokenId,
      windowStart.toISOString(),
    ]);
  }
  return retryAfter;
}
