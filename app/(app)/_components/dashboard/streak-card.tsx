import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { DailyTotal, Streak } from "@/lib/stats";

/** The study streak and today's answers so far. */
export async function StreakCard({ streak, today }: { streak: Streak; today: DailyTotal }) {
  const t = await getTranslations("dashboard");
  return (
    <Card>
      <h2 className="text-sm font-medium text-slate-500">{t("streakTitle")}</h2>
      <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="streak">
        {t("streakDays", { count: streak.current })}
      </p>
      <p className="text-sm text-slate-500" data-testid="longest-streak">
        {t("longestStreak", { count: streak.longest })}
      </p>
      {streak.current > 0 && !streak.studiedToday && (
        <p className="mt-1 text-sm text-amber-700 dark:text-amber-400">{t("studyTodayToKeep")}</p>
      )}
      <p className="mt-3 font-medium tabular-nums" data-testid="today-reviews">
        {t("todayReviews", { count: today.reviews })}
      </p>
      {today.reviews > 0 && (
        <p className="text-sm text-slate-500 tabular-nums">
          {t("todayBreakdown", {
            remembered: today.remembered,
            forgot: today.forgot,
            firstStudies: today.firstStudies,
          })}
        </p>
      )}
    </Card>
  );
}
