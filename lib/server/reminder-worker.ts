import PgBoss from "pg-boss";
import { findReminderCandidates } from "@/lib/db/reminders/find-reminder-candidates";
import { digestDayDueAt, digestKey, type LocalDay, MAX_DELIVERY_ATTEMPTS } from "@/lib/reminders";
import { type ReminderConfig, reminderConfig } from "./reminders/config";
import { createMailer, type Mailer } from "./reminders/mailer";
import { createPushSender, type PushSender } from "./reminders/push-sender";
import { type DigestRunResult, runDigest } from "./reminders/run-digest";

/** The scan that finds users whose digest is due; pg-boss cron runs it once a minute across instances. */
export const TICK_QUEUE = "reminder-tick";
/** One job per user and local day (singleton key = digestKey), retried with exponential backoff. */
export const DIGEST_QUEUE = "reminder-digest";

export interface ReminderWorkerOptions {
  connectionString: string;
  /** Injected clock (tests); real time otherwise. */
  now?: () => Date;
  config?: ReminderConfig;
  mailer?: Mailer;
  push?: PushSender;
  maxAttempts?: number;
  /** First retry delay in seconds; each retry doubles it (with jitter). */
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
  /** Register the once-a-minute cron scan (off in tests, which call `tick` with their clock). */
  cron?: boolean;
  /** Reports job errors (the queue keeps retrying); console.error by default. */
  onError?: (error: unknown) => void;
}

export interface ReminderWorker {
  /** Queues the digest jobs due at the worker's `now`; returns the (userId, day) pairs it found due. */
  tick(): Promise<{ userId: string; localDay: LocalDay }[]>;
  /** Jobs run so far by this worker, with their results (tests inspect them). */
  readonly results: DigestRunResult[];
  stop(): Promise<void>;
}

/**
 * Creates a queue unless it exists. Instances starting together can deadlock inside pg-boss's
 * createQueue (it creates a table partition), so a failed attempt is retried after a short random wait.
 */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(queue.name)) return;
    try {
      await boss.createQueue(queue.name, queue);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

/**
 * Starts the reminder scheduler on pg-boss, which keeps its jobs in its own `pgboss` schema of the
 * app's database. Safe with several instances: cron fires once per minute across all of them, the
 * digest queue is "stately" with the digest key as singleton key (one queued and one running job per
 * user and day), and the delivery row lock in `deliverOnce` is the final exactly-once guard.
 */
export async function startReminderWorker(options: ReminderWorkerOptions): Promise<ReminderWorker> {
  const now = options.now ?? (() => new Date());
  const config = options.config ?? reminderConfig();
  const mailer = options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  const push = options.push ?? createPushSender(config.vapid);
  const maxAttempts = options.maxAttempts ?? MAX_DELIVERY_ATTEMPTS;
  const onError = options.onError ?? ((error: unknown) => console.error("[reminders]", error));
  const results: DigestRunResult[] = [];

  const boss = new PgBoss({ connectionString: options.connectionString, max: 4, application_name: "recall-reminders" });
  boss.on("error", onError);
  await boss.start();
  await ensureQueue(boss, { name: TICK_QUEUE, policy: "short", expireInSeconds: 120 });
  await ensureQueue(boss, { name: DIGEST_QUEUE, policy: "stately", expireInSeconds: 300 });

  const tick = async () => {
    const due: { userId: string; localDay: LocalDay }[] = [];
    const at = now();
    for (let after: string | undefined; ; ) {
      const page = await findReminderCandidates({ afterUserId: after, limit: 500 });
      for (const candidate of page) {
        const localDay = digestDayDueAt(candidate, at);
        if (localDay) due.push({ userId: candidate.userId, localDay });
      }
      if (page.length < 500) break;
      after = page.at(-1)?.userId;
    }
    for (const job of due) {
      await boss.send(DIGEST_QUEUE, job, {
        singletonKey: digestKey(job.userId, job.localDay),
        retryLimit: maxAttempts - 1,
        retryDelay: options.retryDelaySeconds ?? 60,
        retryBackoff: true,
      });
    }
    return due;
  };

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work(TICK_QUEUE, polling, async () => {
    await tick();
  });
  await boss.work<{ userId: string; localDay: LocalDay }>(DIGEST_QUEUE, polling, async ([job]) => {
    if (!job) return;
    try {
      results.push(await runDigest(job.data, { now, config, mailer, push, maxAttempts }));
    } catch (error) {
      onError(error);
      throw error; // pg-boss schedules the retry
    }
  });
  if (options.cron ?? true) {
    await boss.schedule(TICK_QUEUE, "* * * * *");
    // Catch up right away after a restart (a missed window is sent once, still the same day).
    await boss.send(TICK_QUEUE, {}, { singletonKey: "startup", singletonSeconds: 60 });
  }

  return {
    tick,
    results,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      mailer.close();
    },
  };
}
