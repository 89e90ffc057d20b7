import { db } from "@/lib/db/client";

/** The account fields pages and actions need about the signed-in user. */
export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  dayStartHour: number;
  dailyReviewCap: number;
  dailyNewLimit: number;
  targetRetention: number;
  locale: string | null;
}

/** The account behind a session's user id, or null when it was deleted. */
export function findSignedInUser(id: string): Promise<SignedInUser | null> {
  return db().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      dayStartHour: true,
      dailyReviewCap: true,
      dailyNewLimit: true,
      targetRetention: true,
      locale: true,
    },
  });
}
