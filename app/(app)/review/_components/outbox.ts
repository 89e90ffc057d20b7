import type { SubmitReviewInput } from "@/lib/validations/reviews";

const KEY = "recall.review.outbox";

export type QueuedAnswer = SubmitReviewInput & { answeredAt: string };
export type SendOutcome = "recorded" | "duplicate" | "already-answered" | "rejected";

/** Answers not yet confirmed by the server, kept in localStorage so a reload or lost connection loses none. */
export function readOutbox(): QueuedAnswer[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "[]") as QueuedAnswer[];
  } catch {
    return [];
  }
}

function writeOutbox(items: QueuedAnswer[]): void {
  localStorage.setItem(KEY, JSON.stringify(items));
}

export function enqueue(answer: QueuedAnswer): void {
  writeOutbox([...readOutbox().filter((item) => item.requestId !== answer.requestId), answer]);
}

let inFlight: Promise<number> | null = null;

/**
 * Sends queued answers in order until none are left, one flush at a time. Each answer carries its own
 * requestId, so a retry after a timeout can never record twice. Stops at the first network failure and
 * keeps the rest for the next attempt. Resolves to the number of answers still waiting.
 */
export function flushOutbox(onResult: (answer: QueuedAnswer, outcome: SendOutcome) => void): Promise<number> {
  inFlight ??= sendAll(onResult).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function sendAll(onResult: (answer: QueuedAnswer, outcome: SendOutcome) => void): Promise<number> {
  for (let answer = readOutbox()[0]; answer; answer = readOutbox()[0]) {
    let response: Response;
    try {
      response = await fetch("/api/reviews", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(answer),
      });
    } catch {
      return readOutbox().length;
    }
    if (response.status >= 500 || response.status === 401) return readOutbox().length;
    const body = (await response.json().catch(() => ({}))) as { status?: SendOutcome };
    const sent = answer.requestId;
    writeOutbox(readOutbox().filter((item) => item.requestId !== sent));
    onResult(answer, response.ok ? (body.status ?? "recorded") : "rejected");
  }
  return 0;
}
