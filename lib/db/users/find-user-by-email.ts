import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** For the CLI, which names users by email: the account's id, or NOT_FOUND with the email in the message. */
export async function findUserIdByEmail(email: string): Promise<string> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user)
    throw new AppError("NOT_FOUND", `no account with email ${email}; create one with \`npm run cli -- user create\``);
  return user.id;
}
