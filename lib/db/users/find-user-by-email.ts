import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** The account id for an email (matched case-insensitively), or null when there is none. */
export async function findUserIdByEmailOrNull(email: string): Promise<string | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

/** For the CLI, which names users by email: the account's id, or NOT_FOUND with the email in the message. */
export async function findUserIdByEmail(email: string): Promise<string> {
  const id = await findUserIdByEmailOrNull(email);
  if (!id)
    throw new AppError("NOT_FOUND", `no account with email ${email}; create one with \`npm run cli -- user create\``, {
      reason: "not-found",
    });
  return id;
}
