import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass, Card, inputClass } from "@/components/ui/card";
import type { NoteLadders, NoteSort } from "@/lib/db/dashboard/list-note-ladders";
import type { NoteCheckpoint } from "@/lib/schedule";
import { dayDate, mediumDay, shortDay } from "./day-format";

export interface NoteTableQuery {
  subject?: string;
  textbook?: string;
  sort: NoteSort;
  direction: "asc" | "desc";
  page: number;
}

/** The dashboard URL for a table state (filters, sort, page), keeping the other parameters. */
function hrefFor(query: NoteTableQuery, change: Partial<NoteTableQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.subject) params.set("subject", next.subject);
  if (next.textbook) params.set("textbook", next.textbook);
  params.set("sort", next.sort);
  params.set("dir", next.direction);
  if (next.page > 1) params.set("page", String(next.page));
  return `/?${params.toString()}#notes`;
}

/**
 * The students' `🟩🟩🟩⬜… 30%` bar drawn with squares (emoji fonts vary, and some systems have none); the
 * emoji text itself is what screen readers and copy-paste get.
 */
function ProgressSquares({ fraction, bar }: { fraction: number; bar: string }) {
  const filled = Math.floor(Math.floor(Math.min(1, Math.max(0, fraction)) * 100 + 1e-9) / 10);
  return (
    <span className="inline-flex items-center gap-1.5" title={bar} data-testid="progress-bar" data-bar={bar}>
      <span className="inline-flex gap-px" aria-hidden="true">
        {Array.from({ length: 10 }, (_, i) => (
          <span
            key={i}
            className={`size-2.5 rounded-[2px] ${i < filled ? "bg-emerald-500" : "bg-slate-200 dark:bg-slate-700"}`}
          />
        ))}
      </span>
      <span className="sr-only">{bar}</span>
      <span className="text-xs tabular-nums" aria-hidden="true">
        {bar.split(" ").at(-1)}
      </span>
    </span>
  );
}

/** Each note's ladder: first study, days since, the 1/4/7/14 checkpoints, long-term, progress bar. */
export async function NotesLadderTable({ ladders, query }: { ladders: NoteLadders; query: NoteTableQuery }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const checkpointCell = (c: NoteCheckpoint) =>
    c.done ? (
      <span className="text-emerald-700 dark:text-emerald-400" title={t("checkpointDone")}>
        ✓
      </span>
    ) : c.dueOn ? (
      <span className="tabular-nums">{format.dateTime(dayDate(c.dueOn), shortDay)}</span>
    ) : (
      <span className="text-slate-400">–</span>
    );
  const sortHeader = (sort: NoteSort, label: string) => {
    const active = query.sort === sort;
    const direction =
      active && query.direction === "desc" ? "asc" : active ? "desc" : sort === "title" ? "asc" : "desc";
    return (
      <th
        scope="col"
        className="px-2 py-2 font-medium"
        aria-sort={active ? (query.direction === "asc" ? "ascending" : "descending") : "none"}
      >
        <Link
          href={hrefFor(query, { sort, direction, page: 1 })}
          className="hover:underline"
          aria-label={t("sortBy", { column: label })}
        >
          {label}
          {active ? (query.direction === "asc" ? " ▲" : " ▼") : ""}
        </Link>
      </th>
    );
  };
  return (
    <Card className="md:col-span-3">
      <div id="notes" className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="font-medium">{t("notesTitle")}</h2>
          <p className="text-sm text-slate-500" data-testid="notes-count">
            {t("notesCount", { count: ladders.total })}
          </p>
        </div>
        <form method="get" action="/#notes" className="flex flex-wrap items-end gap-2" data-testid="notes-filter">
          <input type="hidden" name="sort" value={query.sort} />
          <input type="hidden" name="dir" value={query.direction} />
          <div className="text-sm">
            <label htmlFor="filter-subject">{t("filterSubject")}</label>
            <select
              id="filter-subject"
              name="subject"
              defaultValue={query.subject ?? ""}
              className={`${inputClass} w-40`}
            >
              <option value="">{t("filterAll")}</option>
              {ladders.subjects.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor="filter-textbook">{t("filterTextbook")}</label>
            <select
              id="filter-textbook"
              name="textbook"
              defaultValue={query.textbook ?? ""}
              className={`${inputClass} w-40`}
            >
              <option value="">{t("filterAll")}</option>
              {ladders.textbooks.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass}>
            {t("filterApply")}
          </button>
        </form>
      </div>
      {/* relative: keeps the sr-only progress text (absolutely positioned) inside the scroll area. */}
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full min-w-[44rem] text-left text-sm" data-testid="notes-ladder">
          <thead className="border-b border-slate-200 text-xs text-slate-500 dark:border-slate-700">
            <tr>
              {sortHeader("title", t("colNote"))}
              {sortHeader("subject", t("colSubject"))}
              {sortHeader("started", t("colStarted"))}
              {[1, 4, 7, 14].map((c) => (
                <th key={c} scope="col" className="px-2 py-2 text-center font-medium">
                  {t("checkpoint", { checkpoint: String(c) })}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-center font-medium">
                {t("colLongTerm")}
              </th>
              {sortHeader("progress", t("colProgress"))}
            </tr>
          </thead>
          <tbody>
            {ladders.rows.map(({ id, title, subject, textbook, progress }) => (
              <tr key={id} className="border-b border-slate-100 dark:border-slate-800" data-testid="note-row">
                <td className="max-w-56 px-2 py-2">
                  <Link href={`/notes/${id}`} className="block truncate font-medium text-brand-600 hover:underline">
                    {title}
                  </Link>
                  {textbook && <span className="block truncate text-xs text-slate-500">{textbook}</span>}
                </td>
                <td className="px-2 py-2 text-slate-600 dark:text-slate-300">{subject ?? "–"}</td>
                <td className="whitespace-nowrap px-2 py-2">
                  {progress.startedOn ? (
                    <>
                      <span className="tabular-nums">{format.dateTime(dayDate(progress.startedOn), mediumDay)}</span>
                      <span className="block text-xs text-slate-500" data-testid="days-since">
                        {t("daysSince", { days: progress.daysSinceStart ?? 0 })}
                      </span>
                    </>
                  ) : (
                    <span className="text-slate-400">{t("notStarted")}</span>
                  )}
                </td>
                {progress.checkpoints.map((c) => (
                  <td key={c.checkpoint} className="whitespace-nowrap px-2 py-2 text-center">
                    {checkpointCell(c)}
                  </td>
                ))}
                <td className="px-2 py-2 text-center">
                  {progress.longTerm ? (
                    <span className="text-emerald-700 dark:text-emerald-400" role="img" aria-label={t("longTermYes")}>
                      ✓
                    </span>
                  ) : (
                    <span className="text-slate-400" role="img" aria-label={t("longTermNo")}>
                      –
                    </span>
                  )}
                </td>
                <td className="whitespace-nowrap px-2 py-2">
                  <ProgressSquares fraction={progress.fraction} bar={progress.bar} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {ladders.rows.length === 0 && <p className="py-4 text-sm text-slate-500">{t("noNotesMatch")}</p>}
      </div>
      {ladders.pageCount > 1 && (
        <nav className="mt-3 flex items-center justify-between text-sm" aria-label={t("notesTitle")}>
          {ladders.page > 1 ? (
            <Link href={hrefFor(query, { page: ladders.page - 1 })} className="text-brand-600 hover:underline">
              ← {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-500">{t("pageOf", { page: ladders.page, count: ladders.pageCount })}</span>
          {ladders.page < ladders.pageCount ? (
            <Link href={hrefFor(query, { page: ladders.page + 1 })} className="text-brand-600 hover:underline">
              {t("next")} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </Card>
  );
}
