import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { changeCardStatus } from "@/app/actions/card-status";
import { Card, PageTitle } from "@/components/ui/card";
import { SanitizedHtml } from "@/components/ui/safe-html";
import { requireUser } from "@/lib/auth/session";
import { attachmentHashes } from "@/lib/db/attachments/list-attachments";
import { findNote } from "@/lib/db/notes/find-note";
import { noteLinkTargets } from "@/lib/db/notes/list-notes";
import { type CardPage, cardPage } from "@/lib/notes/card-pages";
import { attachmentUrl } from "@/lib/notes/attachments";
import { renderManyOffThread } from "@/lib/server/notes/parse-pool";
import { LineFocus } from "../_components/line-focus";
import { CardEditor } from "./_components/card-editor";
import { SuggestionGroup } from "./_components/suggestion-group";
import { VersionChoice } from "./_components/version-choice";

export const dynamic = "force-dynamic";

type NoteCard = NonNullable<Awaited<ReturnType<typeof findNote>>>["cards"][number];

const ACTIONS: Record<string, ("accept" | "drop" | "suspend" | "resume" | "restore")[]> = {
  suggested: ["accept", "drop"],
  active: ["suspend"],
  suspended: ["resume"],
  dropped: ["restore"],
};

export default async function NotePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string | string[]; card?: string | string[] }>;
}) {
  const user = await requireUser();
  const note = await findNote({ userId: user.id, noteId: (await params).id });
  if (!note) notFound();
  const [t, targets, query, images] = await Promise.all([
    getTranslations("notes.note"),
    noteLinkTargets(user.id),
    searchParams,
    attachmentHashes({ userId: user.id }),
  ]);
  // A page of each card list (`?page=`), or the page holding `?card=<id>`: thousands of cards, each with
  // four rendered sides, kept a large note's page from opening (issue 19).
  const request = { page: Number(first(query.page) ?? 1), cardId: first(query.card) };
  const others = note.cards.filter((card) => card.status !== "suggested");
  const suggested = note.cards.filter((card) => card.status === "suggested");
  const othersPage = cardPage(others, request);
  const suggestedPage = cardPage(suggested, request);
  const shown = [...othersPage.items, ...suggestedPage.items];
  // The note and the shown cards' sides in one go, in a worker thread when large: a 200 KB note takes
  // about a second to render, which must not stall the server's other requests.
  const noteHrefs = new Map([...targets].map(([title, id]) => [title, `/notes/${id}`]));
  const [html = "", ...sides] = await renderManyOffThread(
    [
      note.source,
      ...shown.flatMap((card) => [card.front, card.back, card.conflictFront ?? "", card.conflictBack ?? ""]),
    ],
    noteHrefs,
    { images: { urls: new Map([...images].map(([path, hash]) => [path, attachmentUrl(hash)])), notePath: note.path } },
  );
  const rendered = new Map(
    shown.map((card, index) => [
      card.id,
      {
        front: sides[4 * index] ?? "",
        back: sides[4 * index + 1] ?? "",
        noteFront: sides[4 * index + 2] ?? "",
        noteBack: sides[4 * index + 3] ?? "",
      },
    ]),
  );
  const warnings = Array.isArray(note.warnings) ? (note.warnings as { line: number; message: string }[]) : [];
  // The parser may name new origins before this page has a label for them: show the name itself then.
  const originLabel = (origin: string) => (t.has(`origin.${origin}`) ? t(`origin.${origin}` as "origin.cue") : origin);
  const pageCount = Math.max(othersPage.pages, suggestedPage.pages);
  const pageHref = (page: number) => `/notes/${note.id}?page=${page}`;

  return (
    <>
      <div className="mb-2 flex flex-wrap items-baseline gap-3">
        <PageTitle>{note.title}</PageTitle>
        <Link href={`/review?note=${note.id}`} className="text-sm text-brand-600 hover:underline">
          {t("review")}
        </Link>
      </div>
      <p className="mb-4 text-xs text-slate-500">{t("path", { path: note.path })}</p>
      {warnings.length > 0 && (
        <Card className="mb-4 border-amber-300 dark:border-amber-800">
          <h2 className="mb-1 text-sm font-medium">{t("warningsTitle")}</h2>
          <ul className="text-sm text-slate-600 dark:text-slate-300">
            {warnings.map((warning, index) => (
              <li key={index}>
                <a href={`#line-${warning.line}`} className="hover:underline">
                  {t("line", { line: warning.line })}
                </a>
                : {warning.message}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card>
          <h2 className="sr-only">{t("rendered")}</h2>
          <div id="note-body">
            <SanitizedHtml className="prose-note" html={html} testId="note-body" />
          </div>
          <LineFocus containerId="note-body" />
        </Card>
        <Card className="self-start lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto">
          <div className="flex items-center gap-2">
            <h2 className="font-medium">
              {t("cardsTitle")} ({others.length})
            </h2>
            <div className="ml-auto">
              <CardEditor target={{ mode: "add", noteId: note.id }} />
            </div>
          </div>
          {note.cards.length === 0 && <p className="mt-2 text-sm text-slate-500">{t("noCards")}</p>}
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {othersPage.items.map((card) => (
              <CardItem key={card.id} card={card} noteId={note.id} html={rendered.get(card.id)} />
            ))}
          </ul>
          {pageCount > 1 && <CardPager page={othersPage.page} pages={pageCount} href={pageHref} list={othersPage} />}
          {suggestedPage.items.length > 0 && (
            <SuggestionGroup
              noteId={note.id}
              total={suggested.length}
              cards={suggestedPage.items.map((card) => ({
                id: card.id,
                originLabel: originLabel(card.origin),
                line: card.line,
                frontHtml: rendered.get(card.id)?.front ?? "",
                backHtml: rendered.get(card.id)?.back ?? "",
              }))}
            />
          )}
        </Card>
      </div>
    </>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Previous/next links between pages of the card lists, and which cards this page shows. */
async function CardPager({
  page,
  pages,
  href,
  list,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  list: CardPage<unknown>;
}) {
  const t = await getTranslations("notePages");
  const link =
    "rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label={t("label")} className="mt-2 flex items-center gap-2 text-sm" data-testid="card-pager">
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span className="text-slate-500">
        {t("status", {
          page,
          pages,
          from: list.items.length > 0 ? list.first + 1 : 0,
          to: list.first + list.items.length,
        })}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}

async function CardItem({
  card,
  noteId,
  html,
}: {
  card: NoteCard;
  noteId: string;
  html: { front: string; back: string; noteFront: string; noteBack: string } | undefined;
}) {
  const [t, tc] = await Promise.all([getTranslations("notes.note"), getTranslations("cards.editor")]);
  return (
    <li id={`card-${card.id}`} className="py-3" data-testid="note-card" data-status={card.status}>
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-800">
          {card.origin === "manual"
            ? tc("added")
            : t.has(`origin.${card.origin}`)
              ? t(`origin.${card.origin}` as "origin.cue")
              : card.origin}
        </span>
        <a href={`#line-${card.line}`} className="hover:underline">
          {t("line", { line: card.line })}
        </a>
        {card.status !== "active" && (
          <span className="font-medium text-amber-700 dark:text-amber-300">{t(card.status as "suspended")}</span>
        )}
        {card.editedAt && (
          <span className="text-brand-700 dark:text-brand-300" data-testid="card-edited">
            {tc(card.origin === "manual" ? "added" : "edited")}
          </span>
        )}
        {card.status !== "dropped" && (
          <CardEditor
            target={{ mode: "edit", cardId: card.id }}
            front={card.front}
            back={card.back}
            triggerClassName="ml-auto rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          />
        )}
        <form action={changeCardStatus} className="flex gap-1">
          <input type="hidden" name="cardId" value={card.id} />
          <input type="hidden" name="noteId" value={noteId} />
          {(ACTIONS[card.status] ?? []).map((action) => (
            <button
              key={action}
              type="submit"
              name="action"
              value={action}
              className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {t(action)}
            </button>
          ))}
        </form>
      </div>
      <SanitizedHtml className="prose-card font-medium" html={html?.front ?? ""} />
      <SanitizedHtml className="prose-card text-sm text-slate-600 dark:text-slate-300" html={html?.back ?? ""} />
      {card.conflictFront !== null && (
        <VersionChoice
          cardId={card.id}
          mine={{ frontHtml: html?.front ?? "", backHtml: html?.back ?? "" }}
          note={{ frontHtml: html?.noteFront ?? "", backHtml: html?.noteBack ?? "" }}
        />
      )}
    </li>
  );
}
