import { expect, test, vi } from "vitest";

vi.mock("@/lib/auth/session", () => ({
  currentUser: async () => {
    // What Prisma throws when the server is unreachable (code P1001), host and port in the text.
    throw Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
  },
}));

test("a route answers JSON 503 (no driver text) when the database is down", async () => {
  const { withUser } = await import("@/app/api/_lib/handler");
  const handler = withUser(async () => Response.json({ ok: true }));
  const response = await handler(new Request("http://localhost:3000/api/reviews/summary"));
  expect(response.status).toBe(503);
  const body = (await response.json()) as { error: string; message: string };
  expect(body.error).toBe("UNAVAILABLE");
  expect(body.message).not.toContain("5432");
});
