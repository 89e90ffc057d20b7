import type { ReviewCardView } from "@/app/(app)/review/_components/review-reducer";

/** A review card view for reducer tests; `isNew` cards have no checkpoint or due day. */
export function cardView(id: string, isNew = false): ReviewCardView {
  return {
    id,
    noteId: "note-1",
    note: "Lambda",
    line: 1,
    reps: isNew ? 0 : 1,
    isNew,
    checkpoint: isNew ? null : 1,
    due: isNew ? null : "2026-03-02",
    frontHtml: `<p>${id}?</p>`,
    backHtml: `<p>${id}!</p>`,
  };
}
