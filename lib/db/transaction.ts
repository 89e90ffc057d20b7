import type { Prisma } from "@/generated/prisma/client";

/**
 * An open database transaction, for code outside lib/db that passes one through (the mailer hands the
 * delivery's transaction to the outbox). Only lib/db functions run queries on it.
 */
export type DbTransaction = Prisma.TransactionClient;
