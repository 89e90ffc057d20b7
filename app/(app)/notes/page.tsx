import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, inputClass, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listNotes } from "@/lib/db/notes/list-notes";
import { ImportForm } from "./_components/import-form";

export const dynamic = "force-dynamic";

export default async function NotesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const filters = await searchParams;
  const [t, td, data] = await Promise.all([
    getTranslations("notes"),
    getTranslations("notesDownload"),
    listNotes({
      userId: user.id,
      query: filters.q,
      subject: filters.subject || undefined,
      tag: filters.tag || undefined,
    }),
  ]);
  const filtered = Boolean(filters.q || filters.subject || filters.tag);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <Card className="mb-4">
        <h2 className="mb-2 font-medium">{t("importTitle")}</h2>
        <ImportForm />
      </Card>
      {(data.notes.length > 0 || filtered) && (
        <Card className="mb-4">
          <h2 className="mb-1 font-medium">{td("title")}</h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-300">{td("body")}</p>
          {/* A plain link: the route streams the zip and the browser saves it (no client code needed). */}
          <a
            href="/api/notes/download"
            download
            data-testid="download-notes"
            className="inline-block rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {td("button")}
          </a>
        </Card>
      )}
      {data.notes.length === 0 && !filtered ? (
        <Card>
          <h2 className="font-medium">{t("emptyTitle")}</h2>
          <p className="mt-1 text-sm text-slate-500">{t("emptyBody")}</p>
        </Card>
      ) : (
        <>
          <form className="mb-4 flex flex-wrap gap-2">
            <input
              name="q"
              defaultValue={filters.q}
              placeholder={t("search")}
              aria-label={t("search")}
              className={`${inputClass} mt-0 w-full sm:w-64`}
            />
            <select
              name="subject"
              defaultValue={filters.subject ?? ""}
              aria-label={t("allSubjects")}
              className={`${inputClass} mt-0 w-auto`}
            >
              <option value="">{t("allSubjects")}</option>
              {data.subjects.map((subject) => (
                <option key={subject}>{subject}</option>
              ))}
            </select>
            <select
              name="tag"
              defaultValue={filters.tag ?? ""}
              aria-label={t("allTags")}
              className={`${inputClass} mt-0 w-auto`}
            >
              <option value="">{t("allTags")}</option>
              {data.tags.map((tag) => (
                <option key={tag}>{tag}</option>
              ))}
            </select>
            <button
              type="submit"
              className="rounded-lg border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {t("filter")}
            </button>
          </form>
          {data.notes.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noMatch")}</p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="note-list">
              {data.notes.map((note) => (
                <li key={note.id}>
                  <Link
                    href={`/notes/${note.id}`}
                    className="block h-full rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-500 dark:border-slate-800 dark:bg-slate-900"
                  >
                    <p className="font-medium">{note.title}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {[note.subject, ...note.tags.map((tag) => `#${tag}`)].filter(Boolean).join(" · ")}
                    </p>
                    <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
                      {t("cards", { count: note.cardCount })}
                      {note.warningCount > 0 && (
                        <span className="ml-2 text-amber-600">{t("warnings", { count: note.warningCount })}</span>
                      )}
                    </p>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
