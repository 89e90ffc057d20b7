import { BlockList, isIP } from "node:net";

type Headers = Record<string, string | string[] | undefined> | Headers_;
type Headers_ = { get(name: string): string | null };

/**
 * Set on every incoming request from the socket's address by lib/server/peer-address.ts (any value the
 * client sent is overwritten), because Next.js does not expose the socket to route handlers.
 */
export const PEER_ADDRESS_HEADER = "x-recall-peer-address";

function header(headers: Headers | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers_).get === "function") return (headers as Headers_).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** "::ffff:1.2.3.4" (IPv4 on an IPv6 socket) is 1.2.3.4. */
function normalise(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (e.g. "10.0.0.0/8, ::1"). */
function trustedList(trustedProxies: string | undefined): BlockList | null {
  const entries = (trustedProxies ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (!isIP(address)) continue;
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isTrusted(list: BlockList | null, address: string): boolean {
  const family = isIP(address);
  if (!list || !family) return false;
  return list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** Whether the connection comes from a proxy listed in TRUSTED_PROXIES (so its X-Forwarded-* headers count). */
export function fromTrustedProxy(headers: Headers | undefined, trustedProxies: string | undefined): boolean {
  const peer = header(headers, PEER_ADDRESS_HEADER);
  return peer !== undefined && isTrusted(trustedList(trustedProxies), normalise(peer));
}

/**
 * The client's address for rate limits. X-Forwarded-For is believed only when the connection comes from
 * a proxy listed in TRUSTED_PROXIES, and then only as far as the chain of listed proxies reaches (walked
 * from the right, since a client can prepend anything). Otherwise the socket's address; null if unknown.
 */
export function clientIp(headers: Headers | undefined, trustedProxies: string | undefined): string | null {
  const peerHeader = header(headers, PEER_ADDRESS_HEADER);
  if (!peerHeader) return null;
  const peer = normalise(peerHeader);
  const trusted = trustedList(trustedProxies);
  if (!isTrusted(trusted, peer)) return peer;
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map(normalise)
    .filter((address) => isIP(address));
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = chain[index] as string;
    if (!isTrusted(trusted, address)) return address;
  }
  return chain[0] ?? peer;
}
