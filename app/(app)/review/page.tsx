import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { attachmentHashes } from "@/lib/db/attachments/list-attachments";
import { loadReviewSession } from "@/lib/db/cards/load-review-session";
import { notePaths } from "@/lib/db/notes/note-paths";
import { assetUrlsFor, attachmentUrl } from "@/lib/notes/attachments";
import { renderNoteHtml } from "@/lib/notes/render";
import { ReviewSession } from "./_components/review-session";

export const dynamic = "force-dynamic";

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<{ note?: string; subject?: string }>;
}) {
  const user = await requireUser();
  const filters = await searchParams;
  const [t, session] = await Promise.all([
    getTranslations("review"),
    loadReviewSession({
      userId: user.id,
      now: new Date(),
      noteId: filters.note,
      subject: filters.subject,
      settings: user,
    }),
  ]);
  // Images a card embeds resolve like the note's own (relative paths start from the note's folder).
  const [images, paths] = await Promise.all([
    attachmentHashes({ userId: user.id }),
    notePaths({ userId: user.id, noteIds: session.cards.map((card) => card.noteId) }),
  ]);
  const imagesFor = assetUrlsFor(new Map([...images].map(([path, hash]) => [path, attachmentUrl(hash)])));
  const cards = session.cards.map((card) => {
    const options = { assetUrl: imagesFor(paths.get(card.noteId) ?? "") };
    return {
      id: card.id,
      noteId: card.noteId,
      note: card.note,
      line: card.line,
      reps: card.reps,
      isNew: card.isNew,
      checkpoint: card.checkpoint,
      due: card.due,
      frontHtml: renderNoteHtml(card.front, options),
      backHtml: renderNoteHtml(card.back, options),
    };
  });
  return (
    <div className="mx-auto max-w-2xl">
      <PageTitle>
        {t("title")}
        {filters.subject ? (
          <span className="ml-2 text-base font-normal text-slate-500">{t("filtered", { name: filters.subject })}</span>
        ) : null}
      </PageTitle>
      <ReviewSession key={session.today} cards={cards} today={session.today} deferred={session.deferred} />
    </div>
  );
}
