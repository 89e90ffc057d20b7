"use server";

import { revalidatePath } from "next/cache";
import { saveReminderSettings } from "@/lib/db/reminders/reminder-settings";
import { reminderSettingsSchema } from "@/lib/validations/reminders";
import { authedAction, formStateAction } from "./_lib/action";

/** Saves the reminder section of the settings page (time, channels, skip rule, vacation). */
export const saveReminderSettingsAction = formStateAction(
  authedAction(reminderSettingsSchema, async (input, user) => {
    await saveReminderSettings({ userId: user.id, ...input });
    revalidatePath("/settings");
  }),
);
