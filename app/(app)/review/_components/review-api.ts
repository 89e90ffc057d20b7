/**
 * The review page's calls to the server and the outbox of answers not yet confirmed by it. Storage and
 * `fetch` are parameters, so the outbox is unit-tested against fakes (tests/unit/review/outbox.test.ts).
 */
import type { SubmitReviewInput } from "@/lib/validations/reviews";
import type { SessionStats } from "./review-reducer";

export type QueuedAnswer = SubmitReviewInput & { answeredAt: string };
export type SendOutcome = "recorded" | "duplicate" | "already-answered" | "rejected";
type Fetch = typeof fetch;

/** Where waiting answers live. `update` must apply its change atomically (one read-modify-write). */
export interface OutboxStore {
  read(): Promise<QueuedAnswer[]>;
  update(change: (items: QueuedAnswer[]) => QueuedAnswer[]): Promise<void>;
}

/** An outbox store over a synchronous Web Storage area (localStorage in the page, a Map in tests). */
export function webStorageOutbox(storage: Pick<Storage, "getItem" | "setItem">, key = "recall.review.outbox") {
  const read = (): QueuedAnswer[] => {
    try {
      return JSON.parse(storage.getItem(key) ?? "[]") as QueuedAnswer[];
    } catch {
      return [];
    }
  };
  return {
    read: async () => read(),
    update: async (change) => storage.setItem(key, JSON.stringify(change(read()))),
  } satisfies OutboxStore;
}

export interface Outbox {
  enqueue(answer: QueuedAnswer): Promise<void>;
  /** Removes a waiting answer; false when it is not waiting (already sent, or never queued). */
  withdraw(requestId: string): Promise<boolean>;
  waiting(): Promise<QueuedAnswer[]>;
  /**
   * Sends waiting answers in order until none are left, one flush at a time. Each answer carries its own
   * requestId, so a retry after a timeout can never record twice. Stops at the first network or server
   * failure and keeps the rest for the next attempt. Resolves to the number of answers still waiting.
   */
  flush(onResult: (answer: QueuedAnswer, outcome: SendOutcome) => void): Promise<number>;
}

export function createOutbox(store: OutboxStore, fetchFn: Fetch = (...args) => fetch(...args)): Outbox {
  let inFlight: Promise<number> | null = null;

  async function sendAll(onResult: (answer: QueuedAnswer, outcome: SendOutcome) => void): Promise<number> {
    for (let answer = (await store.read())[0]; answer; answer = (await store.read())[0]) {
      let response: Response;
      try {
        response = await fetchFn("/api/reviews", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(answer),
        });
      } catch {
        return (await store.read()).length;
      }
      if (response.status >= 500 || response.status === 401) return (await store.read()).length;
      const body = (await response.json().catch(() => ({}))) as { status?: SendOutcome };
      const sent = answer.requestId;
      await store.update((items) => items.filter((item) => item.requestId !== sent));
      onResult(answer, response.ok ? (body.status ?? "recorded") : "rejected");
    }
    return 0;
  }

  return {
    enqueue: (answer) =>
      store.update((items) => [...items.filter((item) => item.requestId !== answer.requestId), answer]),
    async withdraw(requestId) {
      // An answer being sent right now cannot be taken back: wait for the flush to settle first.
      await inFlight?.catch(() => undefined);
      let found = false;
      await store.update((items) =>
        items.filter((item) => {
          if (item.requestId !== requestId) return true;
          found = true;
          return false;
        }),
      );
      return found;
    },
    waiting: () => store.read(),
    flush(onResult) {
      inFlight ??= sendAll(onResult).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}

/** Undoes the user's last review on the server; `requestId` makes sure it is the answer the page means. */
export async function undoOnServer(requestId: string | null, fetchFn: Fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchFn("/api/reviews/undo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(requestId ? { requestId } : {}),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Can the server be reached right now? `navigator.onLine` alone is not enough: a page opened from the
 * service worker's cache with no network (or on a signal that carries nothing) may still say "online".
 * A HEAD request is never answered from the service worker's caches (they hold GET responses only), so
 * any answer at all means the network works.
 */
export async function serverReachable(fetchFn: Fetch = fetch): Promise<boolean> {
  try {
    await fetchFn("/api/health", { method: "HEAD", cache: "no-store" });
    return true;
  } catch {
    return false;
  }
}

/** The number of cards due tomorrow, for the summary; null when the server cannot be reached. */
export async function fetchDueTomorrow(fetchFn: Fetch = fetch): Promise<number | null> {
  try {
    const response = await fetchFn("/api/reviews/summary");
    if (!response.ok) return null;
    return ((await response.json()) as { dueTomorrow: number }).dueTomorrow;
  } catch {
    return null;
  }
}

/** The session's running totals survive a reload for the rest of the study day (this tab only). */
export function loadStats(storage: Pick<Storage, "getItem">, today: string): SessionStats | null {
  try {
    const stored = JSON.parse(storage.getItem(`recall.review.stats.${today}`) ?? "") as Partial<SessionStats>;
    if (typeof stored.answers !== "number" || typeof stored.forgot !== "number" || typeof stored.ms !== "number")
      return null;
    return { answers: stored.answers, forgot: stored.forgot, ms: stored.ms };
  } catch {
    return null;
  }
}

export function saveStats(storage: Pick<Storage, "setItem">, today: string, stats: SessionStats): void {
  storage.setItem(`recall.review.stats.${today}`, JSON.stringify(stats));
}
