import { loadReviewSession } from "@/lib/db/cards/load-review-session";
import { db } from "@/lib/db/client";
import { listNoteLadders } from "@/lib/db/dashboard/list-note-ladders";
import { loadDashboard } from "@/lib/db/dashboard/load-dashboard";
import { loadStatistics } from "@/lib/db/dashboard/load-statistics";
import { loadDashboardReadiness } from "@/lib/db/exams/load-exam-overview";
import { listNotes } from "@/lib/db/notes/list-notes";
import { countDueCards } from "@/lib/db/reminders/load-due-cards";
import { findSignedInUser, type SignedInUser } from "@/lib/db/users/find-signed-in-user";
import { studyDayOf } from "@/lib/schedule";
import { heading, ms, row, timeRuns } from "./format";

const RUNS = 30;

/**
 * What every signed-in page loads besides its own data: the session's user (the layout's `requireUser`)
 * and the due banner's count, in parallel with the page's queries.
 */
async function withLayout(userId: string, page: (user: SignedInUser) => Promise<unknown>) {
  const user = await findSignedInUser({ uid: userId, epoch: 0, sid: null });
  if (!user) throw new Error("bench user not found");
  await Promise.all([countDueCards({ userId, on: studyDayOf(new Date(), user) }), page(user)]);
}

const PAGES: Record<string, { target: number; load: (userId: string) => Promise<void> }> = {
  "dashboard (/)": {
    target: 100,
    load: (userId) =>
      withLayout(userId, async (user) => {
        const now = new Date();
        await Promise.all([
          loadDashboard({ userId, now }),
          listNoteLadders({ userId, today: studyDayOf(now, user), sort: "started", direction: "desc", page: 1 }),
          loadDashboardReadiness({ userId, now }),
        ]);
      }),
  },
  "statistics, 90 days (/stats?days=90)": {
    target: 150,
    load: (userId) => withLayout(userId, () => loadStatistics({ userId, now: new Date(), days: 90 })),
  },
  "notes list (/notes)": {
    target: 100,
    load: (userId) => withLayout(userId, () => listNotes({ userId })),
  },
  "review page (/review)": {
    target: 100,
    load: (userId) => withLayout(userId, (user) => loadReviewSession({ userId, now: new Date(), settings: user })),
  },
};

/**
 * Server time of each page's data (the queries the page and its layout run, as they run them) for the
 * seeded user with 100,000 cards and 1,000,000 reviews, beside a baseline measured in the same run and
 * interleaved with the pages (a count of the user's cards), so load from other processes shows in both.
 */
export async function runPagesBench(): Promise<void> {
  heading("Pages (100,000 cards, 1,000,000 reviews, one user): server time of each page's data");
  const [user] = await db().$queryRaw<{ id: string }[]>`
    select "userId" as id from "Card" group by 1 order by count(*) desc limit 1`;
  if (!user) throw new Error("seed the large history first (seedLargeHistory)");
  const userId = user.id;
  const baselineQuery = () => db().$queryRaw`select count(*) from "Card" where "userId" = ${userId}`;
  for (const page of Object.values(PAGES)) await page.load(userId); // warm-up: connections, plans, caches
  for (const [name, page] of Object.entries(PAGES)) {
    const baseline = await timeRuns(RUNS, baselineQuery);
    const timed = await timeRuns(RUNS, () => page.load(userId));
    row(`${name}: p50 / p95`, `${ms(timed.p50)} / ${ms(timed.p95)}`, `p95 < ${page.target} ms`);
    row("  baseline count(*) of cards, same moment: p50 / p95", `${ms(baseline.p50)} / ${ms(baseline.p95)}`);
  }
}
