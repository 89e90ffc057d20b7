import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Who a digest goes to and how it is written for them. */
export interface DigestRecipientFields {
  email: string;
  name: string | null;
  locale: string | null;
  timeZone: string;
  dayStartHour: number;
  /** Sealed into the unsubscribe link (0 for an account that never saved reminder settings). */
  unsubscribeVersion: number;
}

/** The digest fields of one account; NOT_FOUND when it does not exist. */
export async function findDigestRecipient(userId: string): Promise<DigestRecipientFields> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      locale: true,
      timeZone: true,
      dayStartHour: true,
      reminderSettings: { select: { unsubscribeVersion: true } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "user not found", { reason: "not-found" });
  const { reminderSettings, ...fields } = user;
  return { ...fields, unsubscribeVersion: reminderSettings?.unsubscribeVersion ?? 0 };
}
