import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalid-email" }).max(254, { error: "invalid-email" }));

/** At least 10 characters with a letter and a digit or symbol; no passwords that contain the email's name. */
export const newPasswordSchema = z
  .string()
  .min(10, { error: "weak-password" })
  .max(200, { error: "weak-password" })
  .refine((value) => /\p{L}/u.test(value) && /[\p{N}\p{P}\p{S}]/u.test(value), { error: "weak-password" });

export const signUpSchema = z
  .object({
    email: emailSchema,
    password: newPasswordSchema,
    name: z.string().trim().max(80).optional(),
  })
  .refine((data) => !data.password.toLowerCase().includes(data.email.split("@")[0] ?? "\0"), {
    error: "weak-password",
    path: ["password"],
  });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "invalid-credentials" }).max(200),
    newPassword: newPasswordSchema,
  })
  .refine((data) => data.newPassword !== data.currentPassword, { error: "weak-password", path: ["newPassword"] });
