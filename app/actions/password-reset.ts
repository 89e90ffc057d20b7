"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset, resetPassword } from "@/lib/db/users/password-reset";
import { isLocale } from "@/lib/i18n/locale";
import { mailPasswordReset } from "@/lib/server/auth/password-reset-mail";
import { emailSchema, newPasswordSchema } from "@/lib/validations/auth";
import { publicAction } from "./_lib/action";

/**
 * "Forgot password": the same answer whether or not the address has an account. The mail is sent
 * after the answer, so a known address takes no longer to answer than an unknown one.
 */
export const requestPasswordResetAction = publicAction(z.object({ email: emailSchema }), async ({ email }) => {
  const grant = await requestPasswordReset({ email, client: clientIp(await headers(), process.env.TRUSTED_PROXIES) });
  if (!grant) return;
  const locale = await getLocale();
  after(async () => {
    try {
      await mailPasswordReset(grant, { pageLocale: isLocale(locale) ? locale : "en" });
    } catch (error) {
      // Nobody is waiting for this answer any more; the operator sees it in the log.
      console.error("Password reset mail failed", error);
    }
  });
});

/** Sets a new password through a mailed link; signs every session out and nobody in. */
export const resetPasswordAction = publicAction(
  z.object({ token: z.string().min(1, { error: "invalid-reset-link" }).max(200), newPassword: newPasswordSchema }),
  ({ token, newPassword }) => resetPassword({ token, newPassword }),
);
