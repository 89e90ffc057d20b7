const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * True for a state-changing request that a browser sent from another site (CSRF). SameSite=Lax cookies
 * alone do not stop a cross-site `fetch` with `text/plain` from being executed. Browsers send
 * Sec-Fetch-Site (modern ones) or Origin on every cross-origin POST, so a request with neither comes
 * from a non-browser client (the CLI, curl), which carries no ambient cookie and is let through.
 */
export function isForeignStateChange(request: Request): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const ownHost = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return !ownHost || originHost !== ownHost.split(",")[0]?.trim();
}
