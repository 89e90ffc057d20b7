"use server";

import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/db/tokens/create-api-token";
import { revokeApiToken } from "@/lib/db/tokens/revoke-api-token";
import { createTokenSchema, revokeTokenSchema } from "@/lib/validations/tokens";
import { authedAction } from "./_lib/action";

/** Creates a token and returns its secret, which the page shows once. */
export const createApiTokenAction = authedAction(createTokenSchema, async (input, user) => {
  const created = await createApiToken({
    userId: user.id,
    name: input.name,
    expiresAt: input.expiresOn ? new Date(`${input.expiresOn}T00:00:00Z`) : null,
    now: new Date(),
  });
  revalidatePath("/settings");
  return { token: created.token, name: created.name };
});

export const revokeApiTokenAction = authedAction(revokeTokenSchema, async (input, user) => {
  await revokeApiToken({ userId: user.id, tokenId: input.tokenId, now: new Date() });
  revalidatePath("/settings");
});
