import { expect, test } from "vitest";
import { withUser } from "@/app/api/_lib/handler";

test("a cross-site text/plain POST to a cookie-authenticated route is refused before anything runs", async () => {
  let ran = false;
  const handler = withUser(async () => {
    ran = true;
    return Response.json({ ok: true });
  });
  const response = await handler(
    new Request("http://localhost:3000/api/reviews", {
      method: "POST",
      headers: {
        host: "localhost:3000",
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
        "content-type": "text/plain",
        cookie: "next-auth.session-token=anything",
      },
      body: JSON.stringify({ cardId: "c1", grade: 1 }),
    }),
  );
  expect(response.status).toBe(403);
  await expect(response.json()).resolves.toMatchObject({ error: "FORBIDDEN" });
  expect(ran).toBe(false);
});
