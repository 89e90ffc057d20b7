import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface OutboxInput {
  userId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  kind?: "digest" | "password-reset";
}

/**
 * Password-reset mail stays out of the in-app outbox: whoever holds a session (a stolen cookie too)
 * could otherwise turn it into the password. The operator reads it from the database or the CLI.
 */
const SHOWN_IN_APP = { kind: { not: "password-reset" } };

/** Stores a message that would have been emailed (no SMTP configured); `tx` keeps it atomic with the delivery. */
export async function addOutboxMessage(input: OutboxInput, tx: Prisma.TransactionClient = db()): Promise<string> {
  const row = await tx.outboxMessage.create({ data: input, select: { id: true } });
  return row.id;
}

/** The user's outbox, newest first. */
export async function listOutboxMessages(options: { userId: string; limit?: number }) {
  return db().outboxMessage.findMany({
    where: { userId: options.userId, ...SHOWN_IN_APP },
    orderBy: { createdAt: "desc" },
    take: options.limit ?? 50,
    select: { id: true, to: true, subject: true, createdAt: true },
  });
}

/** One message of the user's outbox; NOT_FOUND for another user's or a missing id. */
export async function findOutboxMessage(options: { userId: string; id: string }) {
  const message = await db().outboxMessage.findFirst({
    where: { id: options.id, userId: options.userId, ...SHOWN_IN_APP },
  });
  if (!message) throw new AppError("NOT_FOUND", "message not found", { reason: "not-found" });
  return { ...message, headers: (message.headers ?? {}) as Record<string, string> };
}
