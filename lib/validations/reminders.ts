import { z } from "zod";

/** An HTML checkbox: "on" when ticked, absent otherwise. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

/**
 * The reminder settings form (checkboxes arrive as "on" or not at all). The time zone is not here: it
 * is the user's one zone, set with the study settings, and reminders follow it.
 */
export const reminderSettingsSchema = z.object({
  enabled: checkbox,
  emailEnabled: checkbox,
  pushEnabled: checkbox,
  skipWhenNothingDue: checkbox,
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  pausedUntil: z
    .union([z.literal(""), z.iso.date()])
    .nullish()
    .transform((value) => value || null),
});

export type ReminderSettingsInput = z.infer<typeof reminderSettingsSchema>;

/** A browser's PushSubscription.toJSON(). */
export const pushSubscriptionSchema = z.object({
  endpoint: z.url().max(2000).startsWith("https://"),
  keys: z.object({ p256dh: z.string().min(16).max(200), auth: z.string().min(8).max(100) }),
});

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;
