import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { type ExamProfile, examLabel, type MockResult } from "@/lib/exams";

/** A finished mock: the scaled-score estimate against the pass line, score per domain, weakest notes. */
export async function MockResultCard(props: {
  profile: ExamProfile;
  result: MockResult;
  cardLines: Record<string, number | undefined>;
}) {
  const { profile, result } = props;
  const [t, format, locale] = await Promise.all([getTranslations("exams.result"), getFormatter(), getLocale()]);
  const lang = locale === "ko" ? "ko" : "en";
  return (
    <Card>
      <h2 className="font-medium">
        {t("title")} <span className="text-sm font-normal text-slate-500">· {examLabel(profile)}</span>
      </h2>
      <p className="mt-2 flex flex-wrap items-baseline gap-3" data-testid="mock-scaled">
        <span className="text-4xl font-bold tabular-nums">{format.number(result.scaledScore)}</span>
        <span className="text-sm text-slate-500">{t("passLine", { score: format.number(result.passingScore) })}</span>
      </p>
      <p className="text-xs text-slate-500">{t("estimate")}</p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-1 text-sm font-medium">{t("byDomain")}</h3>
          <table className="w-full text-sm" data-testid="mock-domains">
            <tbody>
              {result.domains.map((d) => (
                <tr key={d.id} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1">
                    {d.id}. {profile.domains.find((x) => x.id === d.id)?.name[lang]}
                  </td>
                  <td className="py-1 text-right tabular-nums">
                    {d.correct}/{d.total}
                  </td>
                  <td className="py-1 text-right tabular-nums">
                    {format.number(d.percent / 100, { style: "percent" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium">{t("weakest")}</h3>
          {result.weakestNotes.length === 0 ? (
            <p className="text-sm text-slate-500">{t("allRight")}</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="mock-weakest">
              {result.weakestNotes.slice(0, 8).map((n) => (
                <li key={n.noteId}>
                  <Link href={`/notes/${n.noteId}`} className="text-brand-700 underline dark:text-brand-100">
                    {n.title}
                  </Link>{" "}
                  <span className="text-slate-500">{t("wrong", { count: n.wrong })}</span>{" "}
                  {n.cardIds.slice(0, 5).map((cardId, i) => (
                    <Link
                      key={cardId}
                      href={`/notes/${n.noteId}#line-${props.cardLines[cardId] ?? ""}`}
                      className="ml-1 text-xs text-slate-500 underline"
                    >
                      #{i + 1}
                    </Link>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Card>
  );
}
