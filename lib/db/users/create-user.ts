import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";

export interface CreateUserOptions {
  email: string;
  password: string;
  name?: string;
  timeZone?: string;
  locale?: string;
}

/** Creates an account; throws AppError CONFLICT when the email is taken (also under a race). */
export async function createUser(options: CreateUserOptions): Promise<{ id: string; email: string }> {
  const passwordHash = await hashPassword(options.password);
  try {
    return await db().user.create({
      data: {
        email: options.email.toLowerCase(),
        name: options.name || null,
        passwordHash,
        timeZone: options.timeZone ?? "UTC",
        locale: options.locale ?? null,
      },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists.", {
        reason: "email-taken",
        field: "email",
      });
    }
    throw error;
  }
}
