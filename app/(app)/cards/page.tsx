import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, inputClass, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { browseCards } from "@/lib/db/cards/browse-cards";
import {
  type BrowseCardsQuery,
  browseCardsSchema,
  CARD_SORTS,
  CARD_STAGES,
  CARD_STATUSES,
  CARDS_PAGE_SIZE,
} from "@/lib/validations/cards";
import { CardTable } from "./_components/card-table";

export const dynamic = "force-dynamic";

const fieldClass = `${inputClass} mt-0`;

/** The query string for another page of the same search. */
function hrefFor(query: BrowseCardsQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return `/cards?${params}`;
}

/** Every card across the user's notes: search, filter, sort, and bulk suspend, unsuspend or accept. */
export default async function CardsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const query = browseCardsSchema.parse(await searchParams);
  const [t, tNotes, format, result] = await Promise.all([
    getTranslations("cards.browser"),
    getTranslations("notes.note"),
    getFormatter(),
    browseCards({ userId: user.id, query, pageSize: CARDS_PAGE_SIZE }),
  ]);
  const statusLabel = (status: string) => (status === "active" ? t("statusActive") : tNotes(status as "suspended"));
  const rows = result.cards.map((card) => ({
    id: card.id,
    front: card.front,
    back: card.back,
    status: card.status,
    statusLabel: statusLabel(card.status),
    stageLabel: t(`stage.${card.stage as "new"}`),
    due: card.dueOn ? format.dateTime(card.dueOn, { dateStyle: "medium", timeZone: "UTC" }) : null,
    lapses: card.lapses,
    edited: card.edited,
    noteId: card.note.id,
    noteTitle: card.note.title,
    line: card.line,
    subject: card.note.subject,
    tags: card.note.tags,
  }));

  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <Card className="mb-4">
        <search aria-label={t("search")}>
          <form className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            <label className="col-span-2 text-sm">
              {t("text")}
              <input name="q" type="search" defaultValue={query.q} className={inputClass} data-testid="browser-q" />
            </label>
            <label className="text-sm">
              {t("note")}
              <input name="note" defaultValue={query.note} className={inputClass} />
            </label>
            <label className="text-sm">
              {t("subject")}
              <input name="subject" defaultValue={query.subject} className={inputClass} />
            </label>
            <label className="text-sm">
              {t("tag")}
              <input name="tag" defaultValue={query.tag} className={inputClass} />
            </label>
            <label className="text-sm">
              {t("status")}
              <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
                <option value="">{t("any")}</option>
                {CARD_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              {t("stageLabel")}
              <select name="stage" defaultValue={query.stage ?? ""} className={inputClass}>
                <option value="">{t("any")}</option>
                {CARD_STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {t(`stage.${stage}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              {t("minLapses")}
              <input name="minLapses" type="number" min={0} defaultValue={query.minLapses} className={inputClass} />
            </label>
            <label className="text-sm">
              {t("dueFrom")}
              <input name="dueFrom" type="date" defaultValue={query.dueFrom} className={inputClass} />
            </label>
            <label className="text-sm">
              {t("dueTo")}
              <input name="dueTo" type="date" defaultValue={query.dueTo} className={inputClass} />
            </label>
            <label className="text-sm">
              {t("sort")}
              <select name="sort" defaultValue={query.sort} className={inputClass}>
                {CARD_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sortBy.${sort}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              {t("order")}
              <select name="order" defaultValue={query.order} className={inputClass}>
                <option value="asc">{t("ascending")}</option>
                <option value="desc">{t("descending")}</option>
              </select>
            </label>
            <div className="col-span-2 flex items-end gap-2 sm:col-span-4">
              <button
                type="submit"
                className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
                data-testid="browser-search"
              >
                {t("search")}
              </button>
              <Link href="/cards" className={`${fieldClass} w-auto text-center`}>
                {t("reset")}
              </Link>
            </div>
          </form>
        </search>
      </Card>
      <Card>
        <p className="text-sm text-slate-500" data-testid="browser-total">
          {t("total", { count: result.total })}
        </p>
        {rows.length === 0 ? (
          <p className="mt-2 text-sm">{t("empty")}</p>
        ) : (
          <CardTable key={hrefFor(query, result.page)} rows={rows} />
        )}
        {result.pageCount > 1 && (
          <nav aria-label={t("pages")} className="mt-3 flex items-center justify-between text-sm">
            {result.page > 1 ? (
              <Link
                href={hrefFor(query, result.page - 1)}
                className="text-brand-700 hover:underline dark:text-brand-300"
              >
                {t("previous")}
              </Link>
            ) : (
              <span />
            )}
            <span>{t("page", { page: result.page, count: result.pageCount })}</span>
            {result.page < result.pageCount ? (
              <Link
                href={hrefFor(query, result.page + 1)}
                className="text-brand-700 hover:underline dark:text-brand-300"
              >
                {t("next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </Card>
    </>
  );
}
