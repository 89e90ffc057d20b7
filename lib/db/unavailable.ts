// Prisma's "cannot reach / timed out / closed" codes, and the driver's and Postgres's equivalents
// (connection refused, DNS, admin shutdown, starting up, too many connections).
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P03",
  "53300",
]);

/** True when `error` (or its cause) means the database could not be reached, as opposed to a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    const adapterCause = (current as { meta?: { driverAdapterError?: { cause?: { kind?: string } } } }).meta
      ?.driverAdapterError?.cause?.kind;
    if (adapterCause === "DatabaseNotReachable" || adapterCause === "ConnectionClosed") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
