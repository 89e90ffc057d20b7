import { pingDatabase } from "@/lib/db/health/ping-database";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and `npm start`: the app answers and the database runs a query. */
export async function GET() {
  const startedAt = performance.now();
  try {
    await pingDatabase();
    const databaseMs = Math.round((performance.now() - startedAt) * 10) / 10;
    return Response.json({ status: "ok", app: "up", database: "up", databaseMs });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unknown";
    return Response.json({ status: "error", app: "up", database: "down", reason }, { status: 503 });
  }
}
