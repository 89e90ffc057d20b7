import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { authorizeCredentials } from "@/lib/auth/options";
import "./helpers";

// A port nothing listens on: the database is "down" for these tests only.
const unreachable = "postgresql://recall:secret@127.0.0.1:1/recall";
let realUrl: string | undefined;
beforeEach(() => {
  realUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = unreachable;
});
afterEach(() => {
  process.env.DATABASE_URL = realUrl;
});

describe("when the database is down", () => {
  test("/api/health says why, in words that name no host or port", async () => {
    const response = await health();
    expect(response.status).toBe(503);
    const body = (await response.json()) as { reason: string };
    expect(body.reason).toBe("database-unreachable");
  });

  test("signing in fails with a plain 'unavailable', never the driver's text", async () => {
    const failure = await authorizeCredentials({ email: "a@example.test", password: "whatever-123" }, {}).catch(
      (error: unknown) => error as Error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe("UNAVAILABLE");
  });
});
