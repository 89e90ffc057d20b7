"use server";

import { authedAction } from "@/app/actions/_lib/action";
import { renderNoteHtml } from "@/lib/notes/render";
import { previewCardSchema } from "@/lib/validations/cards";

/** The card editor's preview: sanitized HTML of both sides, rendered like the note page renders cards. */
export const previewCard = authedAction(previewCardSchema, async (input) => ({
  frontHtml: renderNoteHtml(input.front),
  backHtml: renderNoteHtml(input.back),
}));
