"use server";

import { createUser } from "@/lib/db/users/create-user";
import { isAppError } from "@/lib/errors";
import { isValidTimeZone } from "@/lib/reminders";
import { signUpSchema } from "@/lib/validations/auth";

export type SignUpResult = { ok: true } | { ok: false; error: string; field?: "email" | "password" };

/** Creates an account from the sign-up form; the page signs in afterwards with the same credentials. */
export async function signUp(formData: FormData): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    name: formData.get("name") || undefined,
    timeZone: formData.get("timeZone") || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "email" || issue?.path[0] === "password" ? issue.path[0] : undefined;
    const known = ["invalid-email", "weak-password"].includes(issue?.message ?? "");
    return { ok: false, error: known && issue ? issue.message : "invalid-form", field };
  }
  const timeZone = String(formData.get("timeZone") ?? "");
  try {
    await createUser({ ...parsed.data, timeZone: isValidTimeZone(timeZone) ? timeZone : "UTC" });
    return { ok: true };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { ok: false, error: "email-taken", field: "email" };
    throw error;
  }
}
