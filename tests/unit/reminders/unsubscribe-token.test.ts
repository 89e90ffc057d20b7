import { describe, expect, test } from "vitest";
import {
  digestMessageId,
  openUnsubscribeToken,
  sealUnsubscribeToken,
  UNSUBSCRIBE_TOKEN_LIFETIME_DAYS,
} from "@/lib/reminders/unsubscribe-token";

const secret = "unit-unsubscribe-secret-0123456789";
const now = new Date("2026-03-08T07:00:00Z");
const grant = { userId: "cm_user_1", version: 3 };

describe("sealed unsubscribe tokens", () => {
  test("round-trip until the lifetime ends", () => {
    const token = sealUnsubscribeToken(grant, secret, now);
    expect(token).toMatch(/^u2\.[A-Za-z0-9_-]+$/);
    const lastSecond = new Date(now.getTime() + UNSUBSCRIBE_TOKEN_LIFETIME_DAYS * 86_400_000 - 1000);
    expect(openUnsubscribeToken(token, secret, lastSecond)).toMatchObject(grant);
    const end = new Date(now.getTime() + UNSUBSCRIBE_TOKEN_LIFETIME_DAYS * 86_400_000);
    expect(openUnsubscribeToken(token, secret, end)).toBeNull();
  });

  test("two seals of one grant differ and neither shows the user id", () => {
    const [a, b] = [sealUnsubscribeToken(grant, secret, now), sealUnsubscribeToken(grant, secret, now)];
    expect(a).not.toBe(b);
    for (const token of [a, b]) {
      expect(Buffer.from(token.slice(3), "base64url").toString("latin1")).not.toContain(grant.userId);
    }
  });

  test("every changed character, another secret, or garbage is refused", () => {
    const token = sealUnsubscribeToken(grant, secret, now);
    for (let i = 3; i < token.length; i += 7) {
      const changed = `${token.slice(0, i)}${token[i] === "A" ? "B" : "A"}${token.slice(i + 1)}`;
      expect(openUnsubscribeToken(changed, secret, now)).toBeNull();
    }
    expect(openUnsubscribeToken(token, `${secret}-rotated`, now)).toBeNull();
    for (const bad of ["", "u2.", "u2.!!", "u2.AAAA", token.slice(0, 20)]) {
      expect(openUnsubscribeToken(bad, secret, now)).toBeNull();
    }
  });
});

describe("digestMessageId", () => {
  test("stable per user and day, different across days, no user id", () => {
    const of = (userId: string, localDay: string) => digestMessageId({ userId, localDay, secret, host: "r.example" });
    expect(of("u1", "2026-03-08")).toBe(of("u1", "2026-03-08"));
    expect(of("u1", "2026-03-08")).not.toBe(of("u1", "2026-03-09"));
    expect(of("u1", "2026-03-08")).not.toBe(of("u2", "2026-03-08"));
    expect(of("cm_user_1", "2026-03-08")).toMatch(/^<digest\.[\w-]{32}@r\.example>$/);
    expect(of("cm_user_1", "2026-03-08")).not.toContain("cm_user_1");
  });
});
