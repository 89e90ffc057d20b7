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

const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().max(200).optional());
const optionalDay = z.preprocess((value) => (value === "" ? undefined : value), z.iso.date().optional());

export const CARD_SORTS = ["due", "lapses", "created", "note", "front"] as const;
export const CARD_STATUSES = ["active", "suggested", "suspended", "dropped"] as const;
export const CARD_STAGES = ["new", "ladder", "long-term"] as const;
export const CARDS_PAGE_SIZE = 50;

/** The card browser's query string: search, filters, sort and page. Unknown or bad values fall back. */
export const browseCardsSchema = z.object({
  q: optionalText,
  note: optionalText,
  subject: optionalText,
  tag: optionalText,
  status: z.enum(CARD_STATUSES).optional().catch(undefined),
  stage: z.enum(CARD_STAGES).optional().catch(undefined),
  dueFrom: optionalDay.catch(undefined),
  dueTo: optionalDay.catch(undefined),
  minLapses: z.coerce.number().int().min(0).max(10_000).optional().catch(undefined),
  sort: z.enum(CARD_SORTS).catch("due"),
  order: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type BrowseCardsQuery = z.infer<typeof browseCardsSchema>;

/** The browser's bulk actions on checked cards. */
export const bulkCardsSchema = z.object({
  intent: z.enum(["suspend", "resume", "accept"]),
  cardIds: idList.refine((ids) => ids.length > 0, "nothing-selected"),
});
