/**
 * The /api/v1 contract: every request and response schema, used both to validate requests in the route
 * handlers and to generate the OpenAPI document (`lib/api/openapi-document.ts`), so the two cannot drift.
 */
import "zod-openapi";
import { z } from "zod";
import { IMAGE_FILE } from "@/lib/notes/attachments";
import { isStudyDay } from "@/lib/schedule";

/** Request size limits (bytes) and batch sizes; documented in the OpenAPI document and the README. */
export const API_LIMITS = {
  /** Largest body of `PUT /api/v1/notes`. */
  notesBodyBytes: 16 * 1024 * 1024,
  /** Largest body of any other request. */
  smallBodyBytes: 64 * 1024,
  /** Files per `PUT /api/v1/notes` (the sync client sends batches of this size or less). */
  filesPerRequest: 200,
  /** Largest note, in characters. */
  noteChars: 2 * 1024 * 1024,
  /** Default requests per token per minute (`RECALL_API_RATE_LIMIT` overrides it). */
  requestsPerMinute: 600,
} as const;

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .meta({ description: "A stable kebab-case reason, e.g. `unauthenticated`, `payload-too-large`." }),
      message: z.string().meta({ description: "For people; may change." }),
    }),
  })
  .meta({ id: "Error" });

const notePath = z
  .string()
  .min(1)
  .max(1024)
  .refine((path) => !path.split("/").includes("..") && !path.startsWith("/") && !path.includes("\\"), {
    message: "a vault-relative path with / separators, without .. segments",
  })
  .meta({ description: "Path of the note inside the vault, `/`-separated, e.g. `AWS/EC2.md`.", example: "AWS/EC2.md" });

const activeCardSchema = z
  .object({
    id: z.string(),
    key: z.string().meta({ description: "The parser's stable id of the card inside its note." }),
    type: z.string(),
    front: z.string(),
    back: z.string(),
    line: z.number().int(),
    stage: z.string().meta({ description: "`new`, `ladder` or `long-term`." }),
    checkpoint: z.string().nullable(),
    dueOn: z.string().nullable().meta({ description: "YYYY-MM-DD, null for a card never studied." }),
  })
  .meta({ id: "ActiveCard" });

export const notesListSchema = z
  .object({
    notes: z.array(
      z.object({
        id: z.string(),
        path: z.string(),
        title: z.string(),
        hash: z.string().meta({ description: "SHA-256 of the stored content, base64url: what sync compares." }),
        cards: z.array(activeCardSchema),
      }),
    ),
  })
  .meta({ id: "NoteList" });

export const putNotesSchema = z
  .object({
    files: z
      .array(z.object({ path: notePath, content: z.string().max(API_LIMITS.noteChars) }))
      .max(API_LIMITS.filesPerRequest)
      .default([]),
    deleted: z.array(notePath).max(API_LIMITS.filesPerRequest).default([]).meta({
      description: "Paths whose notes are archived (cards and history kept; sending the file again restores them).",
    }),
    renamed: z
      .array(z.object({ from: notePath, to: notePath }))
      .max(API_LIMITS.filesPerRequest)
      .default([])
      .meta({ description: "Moves applied first: the note keeps its id, cards and history. 409 if `to` is taken." }),
  })
  .meta({ id: "PutNotes" });

export type PutNotesInput = z.infer<typeof putNotesSchema>;

export const importSummarySchema = z
  .object({
    notes: z.object({ added: z.number(), updated: z.number(), unchanged: z.number(), failed: z.number() }),
    cards: z.object({ added: z.number(), updated: z.number(), archived: z.number() }),
    suggestions: z.number().meta({ description: "Suggested cards created (not yet accepted; not in cards.added)." }),
    warnings: z.array(z.object({ file: z.string(), line: z.number(), message: z.string() })),
    failures: z.array(z.object({ file: z.string(), message: z.string() })),
  })
  .meta({ id: "ImportSummary", description: "The same object as `npm run cli -- import --json` prints." });

export const reviewStateSchema = z
  .object({
    notes: z.array(
      z.object({
        path: z.string(),
        review: z
          .object({
            firstStudied: z.string().meta({ description: "YYYY-MM-DD (`⭕첫 학습날`)." }),
            checkpoints: z.object({ "1": z.boolean(), "4": z.boolean(), "7": z.boolean(), "14": z.boolean() }),
            longTerm: z.boolean().meta({ description: "`🧠장기기억`." }),
          })
          .nullable()
          .meta({ description: "null while no card of the note was studied." }),
        progress: z.object({
          fraction: z.number().meta({ description: "0–1, the students' `학습률`." }),
          bar: z.string().meta({ description: "The students' `진행바`, e.g. `🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%`." }),
        }),
      }),
    ),
  })
  .meta({ id: "ReviewState" });

export const dueQuerySchema = z.object({
  on: z
    .string()
    .refine(isStudyDay, { message: "on must be a date like 2026-03-02" })
    .optional()
    .meta({ description: "Study day (YYYY-MM-DD); default today in the user's time zone." }),
});

export const dueCardsSchema = z
  .array(
    z.object({
      id: z.string(),
      note: z.string().meta({ description: "The note's title." }),
      front: z.string(),
      checkpoint: z.union([z.literal(1), z.literal(4), z.literal(7), z.literal(14), z.literal("long-term")]),
      due: z.string().meta({ description: "YYYY-MM-DD; earlier than `on` when overdue." }),
    }),
  )
  .meta({ id: "DueCards", description: "The same array as `npm run cli -- due --json` prints." });

export const reviewRequestSchema = z
  .object({
    cardId: z.string().min(1).max(64),
    grade: z.enum(["remembered", "forgot"]),
    requestId: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: "Idempotency key: repeating a request with it records nothing new." }),
    at: z.iso.datetime({ offset: true }).optional().meta({ description: "When the answer was given (default: now)." }),
    durationMs: z.number().int().min(0).optional(),
  })
  .meta({ id: "ReviewRequest" });

export const reviewResultSchema = z
  .discriminatedUnion("status", [
    z.object({
      status: z.literal("recorded"),
      reviewId: z.string(),
      dueOn: z.string().nullable(),
      checkpoint: z.string().nullable(),
    }),
    z.object({ status: z.literal("duplicate"), reviewId: z.string() }),
    z.object({ status: z.literal("already-answered") }),
  ])
  .meta({ id: "ReviewResult", description: "The same object as `npm run cli -- review --json` prints." });

export const attachmentSchema = z
  .object({
    path: z.string().meta({ description: "Path of the image inside the vault, e.g. `img/diagram.png`." }),
    hash: z.string().meta({ description: "SHA-256 of the bytes, base64url: what sync compares." }),
    mimeType: z.enum(["image/png", "image/jpeg", "image/gif", "image/webp"]),
    size: z.number().int().meta({ description: "Bytes." }),
  })
  .meta({ id: "Attachment" });

export const attachmentListSchema = z.object({ attachments: z.array(attachmentSchema) }).meta({ id: "AttachmentList" });

export const attachmentQuerySchema = z.object({
  path: notePath
    .refine((path) => IMAGE_FILE.test(path), { message: "path must name a .png, .jpg, .jpeg, .gif or .webp file" })
    .meta({
      description: "Vault path of the image, `/`-separated, e.g. `img/diagram.png`.",
      example: "img/diagram.png",
    }),
});

/** The raw image body of `PUT /api/v1/attachments` (any Content-Type; the bytes decide). */
export const attachmentBodySchema = z.string().meta({ format: "binary", description: "The image file's bytes." });
