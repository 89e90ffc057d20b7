"use server";

import { revalidatePath } from "next/cache";
import { regenerateCalendarToken, revokeCalendarToken } from "@/lib/db/reminders/calendar-token";
import { authedAction, formAction, noInput } from "./_lib/action";

/** Creates or replaces the private calendar URL (the old one stops working). */
export const regenerateCalendarFeed = formAction(
  authedAction(noInput, async (_input, user) => {
    await regenerateCalendarToken({ userId: user.id });
    revalidatePath("/settings");
  }),
);

/** Turns the calendar feed off; its URL answers 404 from now on. */
export const revokeCalendarFeed = formAction(
  authedAction(noInput, async (_input, user) => {
    await revokeCalendarToken({ userId: user.id });
    revalidatePath("/settings");
  }),
);
