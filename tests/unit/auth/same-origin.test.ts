import { describe, expect, test } from "vitest";
import { isForeignStateChange } from "@/lib/auth/same-origin";

function request(method: string, headers: Record<string, string>): Request {
  return new Request("http://localhost:3000/api/reviews", { method, headers: { host: "localhost:3000", ...headers } });
}

describe("refusing cross-site state changes", () => {
  test("a cross-site POST (form or text/plain fetch) is foreign", () => {
    expect(
      isForeignStateChange(
        request("POST", {
          origin: "https://evil.example",
          "sec-fetch-site": "cross-site",
          "content-type": "text/plain",
        }),
      ),
    ).toBe(true);
    expect(isForeignStateChange(request("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(isForeignStateChange(request("DELETE", { origin: "null" }))).toBe(true);
    expect(isForeignStateChange(request("PUT", { "sec-fetch-site": "same-site" }))).toBe(true);
  });

  test("same-origin requests, reads and clients that send neither header pass", () => {
    expect(
      isForeignStateChange(request("POST", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })),
    ).toBe(false);
    expect(isForeignStateChange(request("POST", { origin: "http://localhost:3000" }))).toBe(false);
    expect(
      isForeignStateChange(request("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" })),
    ).toBe(false);
    expect(isForeignStateChange(request("POST", {}))).toBe(false);
  });

  test("behind a proxy the forwarded host is the app's own", () => {
    expect(
      isForeignStateChange(
        request("POST", {
          origin: "https://recall.example",
          host: "127.0.0.1:3000",
          "x-forwarded-host": "recall.example",
        }),
      ),
    ).toBe(false);
  });
});
