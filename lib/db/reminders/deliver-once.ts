import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import {
  afterFailedAttempt,
  type DeliveryChannel,
  isSettled,
  type LocalDay,
  MAX_DELIVERY_ATTEMPTS,
} from "@/lib/reminders";

export type DeliveryOutcome =
  | { status: "sent" }
  | { status: "already-settled" }
  /** Another worker holds this delivery right now (it is sending); it finishes or retries it. */
  | { status: "busy" }
  | { status: "retry"; error: string }
  | { status: "failed"; error: string };

/** Sends one message; `tx` is the transaction holding the delivery row (use it for database writes). */
export type SendFn = (tx: Prisma.TransactionClient) => Promise<void>;

/**
 * Delivers one channel of one user's digest for one local day at most once. The row is created under
 * the unique (userId, localDay, channel) index, then locked with `FOR UPDATE SKIP LOCKED` for the whole
 * send, so a second worker skips it instead of sending again, and a settled row is never sent twice.
 * A send that only writes through `tx` (the outbox) commits atomically with the "sent" mark. An SMTP
 * send cannot join the transaction: a crash between the server accepting the message and the commit is
 * the one case that can repeat it, and the fixed Message-ID lets mail systems drop that duplicate.
 */
export async function deliverOnce(options: {
  userId: string;
  localDay: LocalDay;
  channel: DeliveryChannel;
  send: SendFn;
  now: () => Date;
  maxAttempts?: number;
  /** Upper bound for the send, in ms; the row lock is held this long at most. */
  timeoutMs?: number;
}): Promise<DeliveryOutcome> {
  const { userId, localDay, channel } = options;
  await db().reminderDelivery.createMany({ data: [{ userId, localDay, channel }], skipDuplicates: true });
  return db().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ id: string; status: string; attempts: number }[]>`
        select id, status, attempts from "ReminderDelivery"
        where "userId" = ${userId} and "localDay" = ${localDay} and channel = ${channel}
        for update skip locked`;
      if (!row) return { status: "busy" } as const;
      if (isSettled(row.status)) return { status: "already-settled" } as const;
      const attempts = row.attempts + 1;
      try {
        await options.send(tx);
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const next = afterFailedAttempt(attempts, options.maxAttempts ?? MAX_DELIVERY_ATTEMPTS);
        await tx.reminderDelivery.update({
          where: { id: row.id },
          data: { attempts, lastError: message, status: next === "failed" ? "failed" : "pending" },
        });
        return { status: next, error: message } as const;
      }
      await tx.reminderDelivery.update({
        where: { id: row.id },
        data: { attempts, status: "sent", sentAt: options.now(), lastError: null },
      });
      return { status: "sent" } as const;
    },
    { maxWait: 10_000, timeout: options.timeoutMs ?? 90_000 },
  );
}
