import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { NOTE_SORTS, type NoteSort, listNoteLadders } from "@/lib/db/dashboard/list-note-ladders";
import { loadDashboard } from "@/lib/db/dashboard/load-dashboard";
import { loadDashboardReadiness } from "@/lib/db/exams/load-exam-overview";
import { studyDayOf } from "@/lib/schedule";
import { EmptyState } from "./_components/dashboard/empty-state";
import { ReadinessCard } from "./exam/_components/readiness-card";
import { ExamCard } from "./_components/dashboard/exam-card";
import { ForecastCard } from "./_components/dashboard/forecast-card";
import { HeatmapCard } from "./_components/dashboard/heatmap-card";
import { type NoteTableQuery, NotesLadderTable } from "./_components/dashboard/notes-ladder-table";
import { StreakCard } from "./_components/dashboard/streak-card";
import { TodayCard } from "./_components/dashboard/today-card";
import { WeakSpotsCard } from "./_components/dashboard/weak-spots-card";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The notes table's state from the URL; anything unknown falls back to the default (newest first). */
function tableQuery(params: Awaited<SearchParams>): NoteTableQuery {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const sort = one("sort");
  return {
    subject: one("subject") || undefined,
    textbook: one("textbook") || undefined,
    sort: (NOTE_SORTS as readonly string[]).includes(sort ?? "") ? (sort as NoteSort) : "started",
    direction: one("dir") === "asc" ? "asc" : "desc",
    page: Math.max(1, Number.parseInt(one("page") ?? "1", 10) || 1),
  };
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const now = new Date();
  const query = tableQuery(await searchParams);
  const [t, data, ladders, exam] = await Promise.all([
    getTranslations("dashboard"),
    loadDashboard({ userId: user.id, now }),
    listNoteLadders({ userId: user.id, today: studyDayOf(now, user), ...query }),
    loadDashboardReadiness({ userId: user.id, now }),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <PageTitle>{t("title")}</PageTitle>
        {data.hasNotes && (
          <Link href="/stats" className="text-sm text-brand-600 hover:underline" data-testid="stats-link">
            {t("statsLink")} →
          </Link>
        )}
      </div>
      {!data.hasNotes ? (
        <EmptyState />
      ) : (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <TodayCard due={data.due} newToday={data.newToday} />
          <StreakCard streak={data.streak} today={data.todayTotals} />
          <ForecastCard forecast={data.due.forecast} />
          <ExamCard
            examDate={data.examDate}
            today={data.today}
            projection={data.projection}
            newPace={data.newPace}
            newCards={data.due.newCards}
          />
          {exam && (
            <div className="md:col-span-3" data-testid="dashboard-readiness">
              <ReadinessCard
                profile={exam.profile}
                readiness={exam.readiness}
                examDate={exam.readiness.on === exam.today ? null : exam.readiness.on}
                trend={exam.trend}
                mocks={exam.mocks}
                compact
              />
            </div>
          )}
          <HeatmapCard heatmap={data.heatmap} />
          <WeakSpotsCard cards={data.weakCards} subjects={data.weakSubjects} />
          <NotesLadderTable ladders={ladders} query={query} />
        </div>
      )}
    </>
  );
}
