import { createUser } from "@/lib/db/users/create-user";
import { findUserIdByEmailOrNull } from "@/lib/db/users/find-user-by-email";

export const DEMO_EMAIL = "demo@recall.local";
export const DEMO_PASSWORD = process.env.RECALL_DEMO_PASSWORD ?? "recall-demo-2026";

/**
 * Creates the demo account on the first start and hands it the sample notes. Runs once: an existing
 * demo account is left exactly as its user left it (nothing re-imported or duplicated on restart).
 */
export async function ensureDemoAccount(options: {
  importSamples: (userId: string) => Promise<string>;
}): Promise<{ created: boolean; summary?: string }> {
  if (await findUserIdByEmailOrNull(DEMO_EMAIL)) return { created: false };
  const user = await createUser({ email: DEMO_EMAIL, password: DEMO_PASSWORD, name: "Demo", timeZone: "Asia/Seoul" });
  return { created: true, summary: await options.importSamples(user.id) };
}
