import { describe, expect, test } from "vitest";
import { checkPublicEndpoint, isPublicAddress } from "@/lib/server/net/public-endpoint";

const resolver = (table: Record<string, string[]>) => async (host: string) => table[host] ?? [];

describe("push endpoints must be public", () => {
  test("loopback, private, link-local, metadata and mapped addresses are not public", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.9",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fe80::1",
      "fd00:ec2::254",
      "::ffff:127.0.0.1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("142.250.72.10")).toBe(true);
    expect(isPublicAddress("2606:4700::1111")).toBe(true);
  });

  test("an endpoint is refused when its host is, or resolves to, a non-public address", async () => {
    const lookup = resolver({
      "localhost.example": ["127.0.0.1"],
      "metadata.example": ["169.254.169.254"],
      "mixed.example": ["142.250.72.10", "10.0.0.5"],
      "fcm.googleapis.com": ["142.250.72.10"],
    });
    await expect(checkPublicEndpoint("https://127.0.0.1:9443/push", lookup)).resolves.toBe("not-public");
    await expect(checkPublicEndpoint("https://[::1]/push", lookup)).resolves.toBe("not-public");
    await expect(checkPublicEndpoint("https://localhost.example/push", lookup)).resolves.toBe("not-public");
    await expect(checkPublicEndpoint("https://metadata.example/latest", lookup)).resolves.toBe("not-public");
    await expect(checkPublicEndpoint("https://mixed.example/push", lookup)).resolves.toBe("not-public");
    await expect(checkPublicEndpoint("https://unknown.example/push", lookup)).resolves.toBe("unresolvable");
    await expect(checkPublicEndpoint("http://fcm.googleapis.com/x", lookup)).resolves.toBe("not-https");
    await expect(checkPublicEndpoint("https://fcm.googleapis.com/fcm/send/abc", lookup)).resolves.toBe("ok");
  });
});
