"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { updateScheduleSettings } from "@/lib/db/users/update-schedule-settings";
import { isAppError } from "@/lib/errors";
import { type ScheduleSettingsField, scheduleSettingsSchema } from "@/lib/validations/settings";

export interface ScheduleSettingsFormState {
  status: "idle" | "saved" | "invalid";
  /** The fields that were rejected; nothing is saved when there is any. */
  errors: ScheduleSettingsField[];
  /** What was submitted, so the form shows the student's own entries again (React resets forms after actions). */
  values?: Partial<Record<ScheduleSettingsField, string>>;
}

const FIELDS: ScheduleSettingsField[] = [
  "timeZone",
  "dayStartHour",
  "dailyReviewCap",
  "dailyNewLimit",
  "targetRetention",
];

/** Saves the study settings of the settings page: all fields valid, or nothing written. */
export async function saveScheduleSettingsAction(
  _previous: ScheduleSettingsFormState,
  formData: FormData,
): Promise<ScheduleSettingsFormState> {
  const user = await requireUser();
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")]));
  const parsed = scheduleSettingsSchema.safeParse(values);
  if (!parsed.success) {
    const errors = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as ScheduleSettingsField))];
    return { status: "invalid", errors, values };
  }
  try {
    await updateScheduleSettings({ userId: user.id, ...parsed.data });
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return { status: "invalid", errors: [], values };
    throw error;
  }
  revalidatePath("/", "layout");
  return { status: "saved", errors: [], values };
}
