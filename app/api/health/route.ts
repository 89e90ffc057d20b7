import { pingDatabase } from "@/lib/db/health/ping-database";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and `npm start`: the app answers and the database runs a query. */
export async function GET() {
  const startedAt = performance.now();
  try {
    await pingDatabase();
    const databaseMs = Math.round((performance.now() - startedAt) * 10) / 10;
    return Response.json({ status: "ok", app: "up", database: "up", databaseMs });
  } catch (error) {
    // A fixed reason: the driver's text names hosts and ports, which are nobody's business.
    const reason = isDatabaseUnavailable(error) ? "database-unreachable" : "database-error";
    console.error("[health]", error);
    return Response.json({ status: "error", app: "up", database: "down", reason }, { status: 503 });
  }
}

/** Reachability for the review page's offline check: the app answers, without touching the database. */
export function HEAD() {
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
