/**
 * Next.js start-up hook: starts the reminder worker inside the Node.js server (never in the Edge
 * runtime, and never while `next build` collects pages). RECALL_REMINDERS=off disables it, e.g. for a
 * web-only instance; every other instance may run it too, since the job queue coordinates them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Rate limits need the socket's address, which Next.js does not pass to route handlers.
  const { installPeerAddressHeader } = await import("./lib/server/peer-address");
  installPeerAddressHeader();
  if (process.env.RECALL_REMINDERS === "off" || !process.env.DATABASE_URL) return;
  const state = globalThis as unknown as { recallReminderWorker?: Promise<unknown> };
  if (state.recallReminderWorker) return; // dev server hot reloads call register again
  const { startReminderWorker } = await import("./lib/server/reminder-worker");
  state.recallReminderWorker = startReminderWorker({ connectionString: process.env.DATABASE_URL }).catch(
    (error: unknown) => {
      // The app keeps serving; reminders resume on the next start.
      console.error("[reminders] the worker did not start:", error);
    },
  );
}
