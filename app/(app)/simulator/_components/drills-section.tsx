import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SanitizedHtml } from "@/components/ui/safe-html";
import { listDrillCards } from "@/lib/db/drills/list-drill-cards";
import { renderNoteHtml } from "@/lib/notes/render";
import { drillFromMeta } from "@/lib/validations/simulator";
import { DrillAnswer } from "./drill-answer";
import { DrillForm } from "./drill-form";
import { scenarioHref } from "./scenario-link";

/** Drill cards of the signed-in user: a form to generate more, and each card answerable here. */
export async function DrillsSection({ userId }: { userId: string }) {
  const [t, format, locale, cards] = await Promise.all([
    getTranslations("simulator.drills"),
    getFormatter(),
    getLocale(),
    listDrillCards({ userId }),
  ]);
  const lang = locale === "ko" ? "ko" : "en";
  const drills = cards.flatMap((card) => {
    const drill = drillFromMeta(card.key, card.meta);
    return drill ? [{ card, drill }] : [];
  });
  // Continue after the highest seed so "Create" makes new drills; repeating a seed would add nothing.
  const nextSeed = drills.reduce((max, { drill }) => Math.max(max, drill.seed + 1), 1);
  const noteId = cards[0]?.noteId;
  return (
    <Card className="space-y-4">
      <div id="drills" className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("heading")}</h2>
        {noteId ? (
          <Link href={`/review?note=${noteId}`} className="text-sm text-brand-600 underline dark:text-brand-100">
            {t("review")}
          </Link>
        ) : null}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("intro")}</p>
      <DrillForm defaultSeed={nextSeed} />
      {drills.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="drills-empty">
          {t("empty")}
        </p>
      ) : (
        <ol className="space-y-3" data-testid="drill-list">
          {drills.map(({ card, drill }) => (
            <li
              key={card.id}
              className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              data-testid="drill-card"
              data-key={card.key}
            >
              <div className="mb-1 flex flex-wrap gap-2 text-xs text-slate-500">
                <span className="font-medium text-slate-700 dark:text-slate-200" data-testid="drill-title">
                  {t("drillTitle", { title: t(`templates.${drill.template}`), number: drill.seed })}
                </span>
                <span>·</span>
                <span>
                  {card.stage === "new" || !card.dueOn
                    ? t("statusNew")
                    : t("statusDue", { date: format.dateTime(card.dueOn, { dateStyle: "medium", timeZone: "UTC" }) })}
                </span>
              </div>
              <SanitizedHtml html={renderNoteHtml(card.front)} className="prose-card text-sm" />
              <DrillAnswer cardId={card.id} unit={drill.unit[lang]} runHref={scenarioHref(drill.scenario)} />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
