import dns from "node:dns";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

// Addresses a server must never be made to connect to on a user's behalf (SSRF): loopback, private,
// shared, link-local (cloud metadata at 169.254.169.254), multicast, reserved, and their IPv6 kin.
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 127],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  NOT_PUBLIC.addSubnet(network, prefix, "ipv6");
}

/** True for an address on the public internet. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(bare);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(bare, family === 6 ? "ipv6" : "ipv4");
}

export type Resolve = (host: string) => Promise<string[]>;

const resolveAll: Resolve = async (host) =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export type EndpointCheck = "ok" | "not-https" | "not-public" | "unresolvable";

/** Checks a URL the server will connect to: https, and every address its host resolves to is public. */
export async function checkPublicEndpoint(url: string, resolve: Resolve = resolveAll): Promise<EndpointCheck> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "not-https";
  }
  if (parsed.protocol !== "https:") return "not-https";
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return isPublicAddress(host) ? "ok" : "not-public";
  const addresses = await resolve(host).catch(() => []);
  if (addresses.length === 0) return "unresolvable";
  return addresses.every(isPublicAddress) ? "ok" : "not-public";
}

/** dns.lookup that fails for non-public answers, so a host cannot switch to an internal address later. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as dns.LookupAddress[];
    const refused = list.find((entry) => !isPublicAddress(entry.address));
    if (refused || list.length === 0) {
      return callback(Object.assign(new Error("address not public"), { code: "ENOTPUBLIC" }), "", 0);
    }
    if (options.all) return callback(null, list);
    const first = list[0] as dns.LookupAddress;
    return callback(null, first.address, first.family);
  });
};

/** An https agent whose connections can only reach public addresses (checked at connect time). */
export const publicOnlyAgent = new https.Agent({ lookup: publicOnlyLookup, keepAlive: false });
