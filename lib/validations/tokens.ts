import { z } from "zod";
import { isStudyDay } from "@/lib/schedule";

/**
 * The settings form that creates a personal access token: a name and an optional expiry day
 * (YYYY-MM-DD, the token stops working at the start of that day, UTC).
 */
export const createTokenSchema = z.object({
  name: z.string().trim().min(1).max(80),
  expiresOn: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isStudyDay(value)),
});

export const revokeTokenSchema = z.object({ tokenId: z.string().min(1).max(64) });
