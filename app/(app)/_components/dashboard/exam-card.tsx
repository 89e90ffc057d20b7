import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { type StudyDay, daysBetween } from "@/lib/schedule";
import type { LongTermProjection } from "@/lib/stats";
import { dayDate, mediumDay } from "./day-format";
import { ExamForm } from "./exam-form";

/** The exam date and the share of cards expected in long-term memory by then at the current pace. */
export async function ExamCard(props: {
  examDate: StudyDay | null;
  today: StudyDay;
  projection: LongTermProjection | null;
  newPace: number;
  /** Cards never studied, to say when some cannot make it in time. */
  newCards: number;
}) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const { examDate, today, projection } = props;
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  return (
    <Card>
      <h2 className="text-sm font-medium text-slate-500">{t("examTitle")}</h2>
      {examDate === null ? (
        <p className="mt-1 text-sm">{t("examNone")}</p>
      ) : examDate < today ? (
        <p className="mt-1 text-sm">{t("examPassed")}</p>
      ) : (
        <>
          <p className="mt-1 font-medium">
            {format.dateTime(dayDate(examDate), mediumDay)} · {t("examIn", { days: daysBetween(today, examDate) })}
          </p>
          {projection && projection.share !== null && (
            <div data-testid="exam-projection">
              <p className="mt-2 text-2xl font-semibold tabular-nums" data-testid="exam-share">
                {format.number(projection.share, { style: "percent", maximumFractionDigits: 0 })}
              </p>
              <p className="text-sm">
                {t("projectionShare", {
                  share: format.number(projection.share, { style: "percent", maximumFractionDigits: 0 }),
                })}
              </p>
              <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" role="presentation">
                <div className="h-full bg-emerald-500" style={{ width: `${Math.round(projection.share * 100)}%` }} />
              </div>
              <p className="mt-2 text-xs text-slate-500">
                {t("projectionDetail", {
                  expected: number(projection.expectedLongTerm),
                  total: number(projection.totalCards),
                  now: number(projection.longTermNow),
                  pace: number(props.newPace),
                })}
              </p>
              {projection.newCardsInTime < props.newCards && (
                <p className="text-xs text-slate-500">
                  {t("projectionLate", {
                    date: format.dateTime(dayDate(projection.lastUsefulFirstStudy), mediumDay),
                  })}
                </p>
              )}
            </div>
          )}
        </>
      )}
      <ExamForm examDate={examDate} today={today} />
    </Card>
  );
}
