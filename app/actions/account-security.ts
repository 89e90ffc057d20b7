"use server";

import { z } from "zod";
import { clearSessionCookie, reissueSessionCookie } from "@/lib/auth/session";
import { changePassword } from "@/lib/db/users/change-password";
import { revokeAllSessions } from "@/lib/db/users/sessions";
import { changePasswordSchema } from "@/lib/validations/auth";
import { authedAction } from "./_lib/action";

/** Changes the password, signs out every other session and keeps this one. */
export const changePasswordAction = authedAction(changePasswordSchema, async (input, user) => {
  const epoch = await changePassword({
    userId: user.id,
    currentPassword: input.currentPassword,
    newPassword: input.newPassword,
  });
  await reissueSessionCookie(user, epoch);
});

/** Revokes every session of the account, this one included; the page then goes to sign-in. */
export const signOutEverywhereAction = authedAction(z.object({}), async (_input, user) => {
  await revokeAllSessions(user.id);
  await clearSessionCookie();
});
