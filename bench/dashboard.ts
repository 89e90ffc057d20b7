import { db } from "@/lib/db/client";
import { loadDashboard } from "@/lib/db/dashboard/load-dashboard";
import { listNoteLadders } from "@/lib/db/dashboard/list-note-ladders";
import { loadStatistics } from "@/lib/db/dashboard/load-statistics";
import { findScheduleSettings } from "@/lib/db/users/schedule-settings";
import { studyDayOf } from "@/lib/schedule";
import { heading, ms, row, timeRuns } from "./format";

/**
 * The dashboard's data as the page loads it: the widgets and the first page of the notes table, in parallel
 * (the page knows today's study day from the signed-in user's settings, read once per request).
 */
async function loadPage(userId: string) {
  const now = new Date();
  const today = studyDayOf(now, await findScheduleSettings({ userId }));
  await Promise.all([loadDashboard({ userId, now }), listNoteLadders({ userId, today })]);
}

/**
 * Server time of the dashboard for the seeded user with 100,000 cards and 1,000,000 reviews (target: p95
 * under 300 ms), beside a baseline measured in the same run: a plain count of the user's cards.
 */
export async function runDashboardBench(databaseUrl: string): Promise<void> {
  heading("Dashboard (100,000 cards, 1,000,000 reviews, one user)");
  process.env.DATABASE_URL = databaseUrl;
  const [user] = await db().$queryRaw<{ id: string }[]>`
    select "userId" as id from "Card" group by 1 order by count(*) desc limit 1`;
  if (!user) throw new Error("seed the large history first (seedLargeHistory)");
  const userId = user.id;
  await loadPage(userId); // warm-up: connections, plans, caches
  const baseline = await timeRuns(30, () => db().$queryRaw`select count(*) from "Card" where "userId" = ${userId}`);
  const page = await timeRuns(30, () => loadPage(userId));
  const widgets = await timeRuns(30, () => loadDashboard({ userId, now: new Date() }));
  const stats = await timeRuns(10, () => loadStatistics({ userId, now: new Date(), days: 90 }));
  row("baseline count(*) of cards: p50 / p95", `${ms(baseline.p50)} / ${ms(baseline.p95)}`);
  row("dashboard (widgets + notes table): p50", ms(page.p50));
  row("dashboard (widgets + notes table): p95", ms(page.p95), "< 300 ms");
  row("widgets only: p50 / p95", `${ms(widgets.p50)} / ${ms(widgets.p95)}`);
  row("statistics page (90 days): p50 / p95", `${ms(stats.p50)} / ${ms(stats.p95)}`);
  row("dashboard p95 / baseline p95", `${(page.p95 / baseline.p95).toFixed(1)}×`);
}
