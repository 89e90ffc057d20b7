import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { attachmentHashes } from "@/lib/db/attachments/list-attachments";
import { loadReviewSession } from "@/lib/db/cards/load-review-session";
import { loadBeforeExamQueue } from "@/lib/db/exams/before-exam-queue";
import { notePaths } from "@/lib/db/notes/note-paths";
import { assetUrlsFor, attachmentUrl } from "@/lib/notes/attachments";
import { renderNoteHtml } from "@/lib/notes/render";
import { BeforeExamOfferCard } from "./_components/before-exam-offer";
import { ReviewSession } from "./_components/review-session";

export const dynamic = "force-dynamic";

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<{ note?: string; subject?: string; queue?: string }>;
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
  // The "before the exam" queue is offered on the whole-collection review only (not for one note or subject).
  const offer =
    filters.note || filters.subject ? null : await loadBeforeExamQueue({ userId: user.id, settings: user, session });
  const beforeExam = filters.queue === "before-exam" && offer !== null;
  const shownCards = beforeExam ? offer.cards : session.cards;
  // Images a card embeds resolve like the note's own (relative paths start from the note's folder).
  const [images, paths] = await Promise.all([
    attachmentHashes({ userId: user.id }),
    notePaths({ userId: user.id, noteIds: shownCards.map((card) => card.noteId) }),
  ]);
  const imagesFor = assetUrlsFor(new Map([...images].map(([path, hash]) => [path, attachmentUrl(hash)])));
  const cards = shownCards.map((card) => {
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
      {offer && <BeforeExamOfferCard offer={offer} active={beforeExam} />}
      <ReviewSession
        key={`${session.today}-${beforeExam ? "before-exam" : "due"}`}
        cards={cards}
        today={session.today}
        deferred={beforeExam ? 0 : session.deferred}
        queue={beforeExam ? "before-exam" : undefined}
        loadRemoteImages={user.loadRemoteImages}
      />
    </div>
  );
}
