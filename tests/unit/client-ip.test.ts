import { describe, expect, test } from "vitest";
import { clientIp, PEER_ADDRESS_HEADER } from "@/lib/auth/client-ip";

describe("client address for rate limits", () => {
  test("without trusted proxies, a rotated X-Forwarded-For does not change the client", () => {
    const seen = new Set(
      ["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"].map((forwarded) =>
        clientIp({ "x-forwarded-for": forwarded, [PEER_ADDRESS_HEADER]: "203.0.113.9" }, undefined),
      ),
    );
    expect([...seen]).toEqual(["203.0.113.9"]);
  });

  test("behind a trusted proxy, the address the proxy appended is the client", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 198.51.100.7", [PEER_ADDRESS_HEADER]: "10.0.0.2" };
    expect(clientIp(headers, "10.0.0.0/8")).toBe("198.51.100.7");
    // A chain of trusted proxies is walked from the right.
    const chained = { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.3", [PEER_ADDRESS_HEADER]: "10.0.0.2" };
    expect(clientIp(chained, "10.0.0.2, 10.0.0.3")).toBe("198.51.100.7");
  });

  test("a peer that is not a listed proxy is the client even when a list is set", () => {
    const headers = { "x-forwarded-for": "6.6.6.6", [PEER_ADDRESS_HEADER]: "::ffff:203.0.113.9" };
    expect(clientIp(headers, "10.0.0.0/8")).toBe("203.0.113.9");
  });

  test("no peer address known: no client address (never the spoofable header)", () => {
    expect(clientIp({ "x-forwarded-for": "6.6.6.6" }, undefined)).toBeNull();
  });
});
