"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { saveReminderSettings } from "@/lib/db/reminders/reminder-settings";
import { isAppError } from "@/lib/errors";
import { reminderSettingsSchema } from "@/lib/validations/reminders";

export interface ReminderFormState {
  status: "idle" | "saved" | "invalid";
}

/** Saves the reminder section of the settings page (time, channels, skip rule, vacation). */
export async function saveReminderSettingsAction(
  _previous: ReminderFormState,
  formData: FormData,
): Promise<ReminderFormState> {
  const user = await requireUser();
  const parsed = reminderSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "invalid" };
  try {
    await saveReminderSettings({ userId: user.id, ...parsed.data });
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { status: "invalid" };
    throw error;
  }
  revalidatePath("/settings");
  return { status: "saved" };
}
