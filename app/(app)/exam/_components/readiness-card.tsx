import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ExamReadiness } from "@/lib/db/exams/load-readiness";
import type { MockHistoryEntry } from "@/lib/db/exams/mock-history";
import type { ReadinessPoint } from "@/lib/db/exams/readiness-snapshots";
import { type ExamProfile, examLabel } from "@/lib/exams";

interface Props {
  profile: ExamProfile;
  readiness: ExamReadiness;
  /** The exam date, or null when the forecast is for today. */
  examDate: string | null;
  trend: ReadinessPoint[];
  mocks: MockHistoryEntry[];
  /** The dashboard shows the summary without the domain table. */
  compact?: boolean;
}

/** Predicted score, range and pass line; per-domain recall; the daily trend with mock results beside it. */
export async function ReadinessCard({ profile, readiness, examDate, trend, mocks, compact }: Props) {
  const [t, format, locale] = await Promise.all([getTranslations("exams.readiness"), getFormatter(), getLocale()]);
  const lang = locale === "ko" ? "ko" : "en";
  const { min, max } = profile.scale;
  const at = (score: number) => `${((score - min) / (max - min)) * 100}%`;
  const { predictedScore, range } = readiness;
  const finished = mocks
    .filter((m) => m.scaledScore !== null)
    .slice(0, 10)
    .reverse();
  return (
    <Card>
      <h2 className="font-medium">
        {examDate
          ? t("title", {
              date: format.dateTime(new Date(`${examDate}T00:00:00Z`), {
                month: "long",
                day: "numeric",
                timeZone: "UTC",
              }),
            })
          : t("titleToday")}{" "}
        <span className="text-sm font-normal text-slate-500">· {examLabel(profile)}</span>
      </h2>
      {predictedScore === null || range === null ? (
        <p className="mt-3 text-sm" data-testid="readiness-no-cards">
          {t("noMappedCards")}{" "}
          <Link className="text-brand-700 underline dark:text-brand-100" href="/exam#mapping">
            {t("toMapping")}
          </Link>
        </p>
      ) : (
        <>
          <div className="mt-3 flex flex-wrap items-baseline gap-x-4 gap-y-1" data-testid="readiness-score">
            <span className="text-4xl font-bold tabular-nums">{format.number(predictedScore)}</span>
            <span className="text-sm text-slate-500" data-testid="readiness-range">
              {t("range", { low: format.number(range[0]), high: format.number(range[1]) })}
            </span>
            <span className="text-sm text-slate-500" data-testid="readiness-pass-line">
              {t("passLine", { score: format.number(readiness.passingScore) })}
            </span>
            <span
              className={`text-sm font-medium ${predictedScore >= readiness.passingScore ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
            >
              {predictedScore >= readiness.passingScore ? t("likelyPass") : t("likelyFail")}
            </span>
          </div>
          <div className="relative mt-3 h-3 rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
            <div
              className="absolute inset-y-0 rounded-full bg-brand-500/25 dark:bg-brand-500/40"
              style={{ left: at(range[0]), right: `calc(100% - ${at(range[1])})` }}
            />
            <div className="absolute inset-y-0 w-1 rounded bg-brand-600" style={{ left: at(predictedScore) }} />
            <div className="absolute -inset-y-1 w-0.5 bg-red-500" style={{ left: at(readiness.passingScore) }} />
          </div>
        </>
      )}
      {!compact && (
        <table className="mt-4 w-full text-sm" data-testid="readiness-domains">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th className="py-1 font-normal">{t("domain")}</th>
              <th className="py-1 text-right font-normal">{t("weight")}</th>
              <th className="py-1 text-right font-normal">{t("cards")}</th>
              <th className="py-1 text-right font-normal">{t("recall")}</th>
            </tr>
          </thead>
          <tbody>
            {readiness.domains.map((d) => {
              const domain = profile.domains.find((x) => x.id === d.id);
              return (
                <tr key={d.id} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1">
                    {d.id}. {domain?.name[lang]}
                  </td>
                  <td className="py-1 text-right tabular-nums">
                    {format.number(d.weight / 100, { style: "percent" })}
                  </td>
                  <td className="py-1 text-right tabular-nums">{format.number(d.cards)}</td>
                  <td className="py-1 text-right tabular-nums">
                    {d.predictedRecall === null ? t("noCards") : format.number(d.predictedRecall, { style: "percent" })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {readiness.unmappedCards > 0 && !compact && (
        <p className="mt-2 text-xs text-amber-700 dark:text-amber-400">
          {t("unmapped", { count: readiness.unmappedCards })}
        </p>
      )}
      <h3 className="mt-4 text-sm font-medium">{t("trend")}</h3>
      {trend.length < 2 && finished.length === 0 ? (
        <p className="text-xs text-slate-500">{t("trendEmpty")}</p>
      ) : (
        <ol className="mt-1 flex flex-wrap gap-2 text-xs tabular-nums" data-testid="readiness-trend">
          {trend.map((p) => (
            <li key={p.day} className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">
              {format.dateTime(new Date(`${p.day}T00:00:00Z`), { month: "numeric", day: "numeric", timeZone: "UTC" })}{" "}
              <strong>{format.number(p.predictedScore)}</strong>
            </li>
          ))}
          {finished.map((m) => (
            <li key={m.quizId} className="rounded bg-brand-50 px-2 py-1 dark:bg-slate-700" data-testid="trend-mock">
              {format.dateTime(m.createdAt, { month: "numeric", day: "numeric" })}{" "}
              {t("mockPoint", { score: format.number(m.scaledScore ?? 0) })}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-xs text-slate-500">{t("model")}</p>
    </Card>
  );
}
