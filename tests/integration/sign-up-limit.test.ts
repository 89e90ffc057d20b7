import { expect, test } from "vitest";
import { admitSignUp, SIGN_UP_LIMIT } from "@/lib/db/users/sign-up-limit";
import "./helpers";

test("a burst of sign-ups from one address stops at the limit; another address is unaffected", async () => {
  const now = new Date("2026-05-05T10:00:00Z");
  const settled = await Promise.allSettled(
    Array.from({ length: SIGN_UP_LIMIT.perClient + 5 }, () => admitSignUp({ client: "198.51.100.30", now })),
  );
  expect(settled.filter((result) => result.status === "fulfilled")).toHaveLength(SIGN_UP_LIMIT.perClient);
  await expect(admitSignUp({ client: "198.51.100.31", now })).resolves.toBeUndefined();
  const later = new Date(now.getTime() + (SIGN_UP_LIMIT.windowMinutes + 1) * 60_000);
  await expect(admitSignUp({ client: "198.51.100.30", now: later })).resolves.toBeUndefined();
});
