"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { regenerateCalendarToken, revokeCalendarToken } from "@/lib/db/reminders/calendar-token";

/** Creates or replaces the private calendar URL (the old one stops working). */
export async function regenerateCalendarFeed(): Promise<void> {
  const user = await requireUser();
  await regenerateCalendarToken({ userId: user.id });
  revalidatePath("/settings");
}

/** Turns the calendar feed off; its URL answers 404 from now on. */
export async function revokeCalendarFeed(): Promise<void> {
  const user = await requireUser();
  await revokeCalendarToken({ userId: user.id });
  revalidatePath("/settings");
}
