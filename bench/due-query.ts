import { findDueCards } from "@/lib/db/cards/find-due-cards";
import { loadReviewSession } from "@/lib/db/cards/load-review-session";
import { db } from "@/lib/db/client";
import { heading, ms, row, timeRuns } from "./format";

/** The due query on a user with 100,000 cards and 1,000,000 reviews; baseline: `select 1` in the same run. */
export async function runDueQueryBench(databaseUrl: string, userId: string): Promise<void> {
  heading("Due query (100,000 cards, 1,000,000 reviews, one user)");
  process.env.DATABASE_URL = databaseUrl;
  const today = new Date().toISOString().slice(0, 10);
  await findDueCards({ userId, on: today, limit: 200 });
  const baseline = await timeRuns(200, () => db().$queryRaw`select 1`);
  const due = await timeRuns(200, () => findDueCards({ userId, on: today, limit: 200 }));
  const dueCount = await timeRuns(200, () =>
    db().card.count({ where: { userId, status: "active", dueOn: { lte: new Date(`${today}T00:00:00Z`) } } }),
  );
  const session = await timeRuns(50, () => loadReviewSession({ userId, now: new Date() }));
  row("baseline select 1 through Prisma: p50 / p95", `${ms(baseline.p50)} / ${ms(baseline.p95)}`);
  row("due cards (first 200, oldest first): p50", ms(due.p50));
  row("due cards (first 200, oldest first): p95", ms(due.p95), "< 5 ms");
  row("due count: p95", ms(dueCount.p95));
  row("whole review session load: p95", ms(session.p95));
  row("due query p95 / baseline p95", `${(due.p95 / baseline.p95).toFixed(1)}×`);
}
