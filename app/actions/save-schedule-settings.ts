"use server";

import { revalidatePath } from "next/cache";
import { updateScheduleSettings } from "@/lib/db/users/update-schedule-settings";
import { scheduleSettingsSchema } from "@/lib/validations/settings";
import { authedAction } from "./_lib/action";

/**
 * Saves the study settings of the settings page: all fields valid, or nothing written. A failure names
 * every rejected field in `fields`.
 */
export const saveScheduleSettings = authedAction(scheduleSettingsSchema, async (input, user) => {
  await updateScheduleSettings({ userId: user.id, ...input });
  revalidatePath("/", "layout");
});
