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
