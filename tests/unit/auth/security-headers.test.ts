/** Security headers of page responses: the strict nonce CSP, HSTS only over https from a trusted proxy. */
import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-ip";
import { proxy } from "@/proxy";

function page(headers: Record<string, string> = {}): NextRequest {
  return new NextRequest("http://recall.test/review", { headers: { [PEER_ADDRESS_HEADER]: "10.0.0.5", ...headers } });
}

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? "")
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = "", ...values] = part.split(/\s+/);
        return [name, values.join(" ")];
      }),
  );
}

describe("page security headers (proxy.ts)", () => {
  test("a strict CSP with a fresh nonce per response, also handed to Next's renderer", async () => {
    const first = await proxy(page());
    const second = await proxy(page());
    const policy = directives(first.headers.get("content-security-policy"));
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy.get("script-src") ?? "")?.[1];
    expect(nonce?.length).toBeGreaterThanOrEqual(16);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(policy.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'none'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("default-src")).toBe("'self'");
    expect(policy.get("worker-src")).toBe("'self'");
    // Next.js reads the nonce from the request's CSP header while rendering (its scripts carry it).
    expect(first.headers.get("x-middleware-request-content-security-policy")).toContain(`'nonce-${nonce}'`);
  });

  test("HSTS only when served over https, known from a trusted proxy's X-Forwarded-Proto", async () => {
    const direct = await proxy(page({ "x-forwarded-proto": "https" }));
    expect(direct.headers.get("strict-transport-security")).toBeNull();
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    try {
      const proxied = await proxy(page({ "x-forwarded-proto": "https" }));
      expect(proxied.headers.get("strict-transport-security")).toBe("max-age=31536000");
      expect(directives(proxied.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(true);
      const plain = await proxy(page({ "x-forwarded-proto": "http" }));
      expect(plain.headers.get("strict-transport-security")).toBeNull();
      expect(directives(plain.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(false);
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  });

  test("powerful features are denied to every page", async () => {
    const policy = (await proxy(page())).headers.get("permissions-policy") ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(policy).toContain(`${feature}=()`);
    }
  });
});
