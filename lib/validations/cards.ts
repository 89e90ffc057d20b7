import { z } from "zod";

const id = z.string().min(1).max(64);
/** A form sends one checked box as a string and several as an array. */
const idList = z.preprocess((value) => (typeof value === "string" ? [value] : value), z.array(id).max(1000));

/**
 * The note page's suggestion group: accept or drop the checked suggestions, or accept all of the note's.
 */
export const decideSuggestionsSchema = z
  .object({
    noteId: id,
    intent: z.enum(["accept", "drop", "accept-all"]),
    cardIds: idList.optional(),
  })
  .refine((input) => input.intent === "accept-all" || (input.cardIds?.length ?? 0) > 0, {
    message: "nothing-selected",
    path: ["cardIds"],
  });

export type DecideSuggestionsInput = z.infer<typeof decideSuggestionsSchema>;

/** A card side: Markdown, not blank. */
const side = z.string().trim().min(1, "invalid-input").max(10_000);

export const editCardSchema = z.object({ cardId: id, front: side, back: side });
export const addCardSchema = z.object({ noteId: id, front: side, back: side });
export const deleteCardSchema = z.object({ cardId: id });
export const resolveCardConflictSchema = z.object({ cardId: id, keep: z.enum(["mine", "note"]) });
/** The editor's preview: both sides rendered the way the note page renders them. */
export const previewCardSchema = z.object({ front: z.string().max(10_000), back: z.string().max(10_000) });
