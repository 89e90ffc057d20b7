"use server";

import { z } from "zod";
import { createUser } from "@/lib/db/users/create-user";
import { isValidTimeZone } from "@/lib/reminders";
import { signUpSchema } from "@/lib/validations/auth";
import { publicAction } from "./_lib/action";

/** The sign-up form: an empty name is no name; the browser's time zone rides along (UTC when unknown). */
const signUpForm = z.preprocess(
  (raw) =>
    typeof raw === "object" && raw !== null ? { ...raw, name: (raw as { name?: unknown }).name || undefined } : raw,
  z.intersection(signUpSchema, z.object({ timeZone: z.string().max(64).optional() })),
);

/** Creates an account from the sign-up form; the page signs in afterwards with the same credentials. */
export const signUp = publicAction(signUpForm, async ({ timeZone, ...account }) => {
  await createUser({ ...account, timeZone: timeZone && isValidTimeZone(timeZone) ? timeZone : "UTC" });
});
