import { expect, test } from "vitest";
import { authOptions } from "@/lib/auth/options";

const baseUrl = "http://localhost:3000";

test("a malformed or foreign callbackUrl leads to the app, not a 500 or another site", async () => {
  const redirect = authOptions.callbacks?.redirect;
  expect(redirect).toBeTypeOf("function");
  if (!redirect) return;
  expect(await redirect({ url: "http://[", baseUrl })).toBe(baseUrl);
  expect(await redirect({ url: "https://evil.example/x", baseUrl })).toBe(baseUrl);
  expect(await redirect({ url: "//evil.example/x", baseUrl })).toBe(baseUrl);
  expect(await redirect({ url: "/review?deck=1", baseUrl })).toBe(`${baseUrl}/review?deck=1`);
  expect(await redirect({ url: `${baseUrl}/notes`, baseUrl })).toBe(`${baseUrl}/notes`);
});
