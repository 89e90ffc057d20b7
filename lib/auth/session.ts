import { getServerSession } from "next-auth";
import { cache } from "react";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";

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

/** The signed-in user, or null (also when the account behind a still-valid cookie was deleted). */
export const currentUser = cache(async function currentUser(): Promise<SignedInUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
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
});

/** For pages and server actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
