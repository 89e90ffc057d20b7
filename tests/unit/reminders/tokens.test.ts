import { describe, expect, test } from "vitest";
import { listUnsubscribeHeaders, signToken, type TokenPayload, verifyToken } from "@/lib/reminders/tokens";

const secret = "test-secret-0123456789abcdef";
const payload: TokenPayload = { purpose: "unsubscribe", userId: "user_1", version: 0 };

describe("signed tokens", () => {
  test("round-trip", () => {
    const token = signToken(payload, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyToken(token, secret)).toEqual(payload);
    expect(verifyToken(token, secret, { purpose: "unsubscribe" })).toEqual(payload);
  });

  test("tampered payloads and signatures are rejected", () => {
    const token = signToken(payload, secret);
    const [body, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...payload, userId: "user_2" })).toString("base64url");
    expect(verifyToken(`${forged}.${signature}`, secret)).toBeNull();
    for (let i = 0; i < signature.length; i++) {
      const c = signature[i] === "A" ? "B" : "A";
      expect(verifyToken(`${body}.${signature.slice(0, i)}${c}${signature.slice(i + 1)}`, secret)).toBeNull();
    }
    expect(verifyToken(`${body}.${signature}x`, secret)).toBeNull();
    expect(verifyToken(`${body}x.${signature}`, secret)).toBeNull();
  });

  test.each(["", ".", "abc", "a.b.c", "!!!.???", `${"a".repeat(10)}.`])("malformed %j is rejected", (token) => {
    expect(verifyToken(token, secret)).toBeNull();
  });

  test("another secret, another purpose: rejected", () => {
    const token = signToken(payload, secret);
    expect(verifyToken(token, `${secret}-rotated`)).toBeNull();
    expect(verifyToken(token, secret, { purpose: "calendar" })).toBeNull();
  });

  test("a signed but invalid payload is rejected", () => {
    const bad = signToken({ ...payload, userId: "" }, secret);
    expect(verifyToken(bad, secret)).toBeNull();
  });

  test("expiry needs now and is enforced", () => {
    const exp = Date.parse("2026-03-10T00:00:00Z") / 1000;
    const token = signToken({ purpose: "calendar", userId: "u", version: 3, exp }, secret);
    expect(verifyToken(token, secret, { now: new Date("2026-03-09T23:59:59Z") })?.version).toBe(3);
    expect(verifyToken(token, secret, { now: new Date("2026-03-10T00:00:00Z") })).toBeNull();
    expect(verifyToken(token, secret)).toBeNull();
  });

  test("short secrets are refused", () => {
    expect(() => signToken(payload, "short")).toThrow(/at least 16/);
  });
});

describe("listUnsubscribeHeaders (RFC 8058)", () => {
  test("one-click URL", () => {
    expect(listUnsubscribeHeaders("https://recall.example/api/unsubscribe?token=abc.def")).toEqual({
      "List-Unsubscribe": "<https://recall.example/api/unsubscribe?token=abc.def>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  test("with a mailto fallback", () => {
    expect(
      listUnsubscribeHeaders("https://recall.example/u?t=1", "mailto:unsubscribe@recall.example")["List-Unsubscribe"],
    ).toBe("<https://recall.example/u?t=1>, <mailto:unsubscribe@recall.example?subject=unsubscribe>");
  });

  test.each(["javascript:alert(1)", "not a url", "ftp://recall.example/u"])("refuses %s", (url) => {
    expect(() => listUnsubscribeHeaders(url)).toThrow();
  });
});
