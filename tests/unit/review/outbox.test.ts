import { describe, expect, test } from "vitest";
import {
  createOutbox,
  type QueuedAnswer,
  type SendOutcome,
  webStorageOutbox,
} from "@/app/(app)/review/_components/review-api";

/** A Web Storage stand-in: the outbox only needs getItem and setItem. */
function fakeStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  };
}

function queued(n: number): QueuedAnswer {
  return {
    cardId: `card-${n}`,
    grade: "remembered",
    requestId: `request-${n}`,
    expectedReps: 0,
    durationMs: 1000,
    answeredAt: `2026-03-02T10:0${n}:00.000Z`,
  };
}

/** A fake server: records every body it receives and answers with the next scripted reply. */
function fakeFetch(replies: Array<"offline" | { status: number; body?: object }>) {
  const received: QueuedAnswer[] = [];
  const fetchFn = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const reply = replies.shift() ?? { status: 201, body: { status: "recorded" } };
    if (reply === "offline") throw new TypeError("Failed to fetch");
    received.push(JSON.parse(String(init?.body)) as QueuedAnswer);
    return Response.json(reply.body ?? {}, { status: reply.status });
  };
  return { fetchFn: fetchFn as typeof fetch, received };
}

describe("answer outbox", () => {
  test("sends every waiting answer once, in order, with its own time and request id", async () => {
    const { fetchFn, received } = fakeFetch([]);
    const outbox = createOutbox(webStorageOutbox(fakeStorage()), fetchFn);
    for (const n of [1, 2, 3]) await outbox.enqueue(queued(n));
    const outcomes: Array<[string, SendOutcome]> = [];
    await expect(outbox.flush((answer, outcome) => outcomes.push([answer.requestId, outcome]))).resolves.toBe(0);
    expect(received).toEqual([queued(1), queued(2), queued(3)]);
    expect(outcomes.map(([id]) => id)).toEqual(["request-1", "request-2", "request-3"]);
    await expect(outbox.flush(() => undefined)).resolves.toBe(0);
    expect(received).toHaveLength(3);
  });

  test("a lost connection keeps the rest for the next flush; nothing is sent twice", async () => {
    const storage = fakeStorage();
    const { fetchFn, received } = fakeFetch([{ status: 201 }, "offline"]);
    const outbox = createOutbox(webStorageOutbox(storage), fetchFn);
    for (const n of [1, 2, 3]) await outbox.enqueue(queued(n));
    await expect(outbox.flush(() => undefined)).resolves.toBe(2);
    // A new page (a reload) reads the same storage and carries on.
    const reloaded = createOutbox(webStorageOutbox(storage), fetchFn);
    await expect(reloaded.flush(() => undefined)).resolves.toBe(0);
    expect(received.map((answer) => answer.requestId)).toEqual(["request-1", "request-2", "request-3"]);
  });

  test("server errors keep the answer; a refusal drops it and says so", async () => {
    const { fetchFn } = fakeFetch([
      { status: 503 },
      { status: 200, body: { status: "already-answered" } },
      { status: 400 },
    ]);
    const outbox = createOutbox(webStorageOutbox(fakeStorage()), fetchFn);
    await outbox.enqueue(queued(1));
    await outbox.enqueue(queued(2));
    await expect(outbox.flush(() => undefined)).resolves.toBe(2);
    const outcomes: SendOutcome[] = [];
    await expect(outbox.flush((_answer, outcome) => outcomes.push(outcome))).resolves.toBe(0);
    expect(outcomes).toEqual(["already-answered", "rejected"]);
  });

  test("concurrent flushes share one pass", async () => {
    const { fetchFn, received } = fakeFetch([]);
    const outbox = createOutbox(webStorageOutbox(fakeStorage()), fetchFn);
    await outbox.enqueue(queued(1));
    await Promise.all([outbox.flush(() => undefined), outbox.flush(() => undefined)]);
    expect(received).toHaveLength(1);
  });

  test("a waiting answer can be withdrawn; a sent one cannot", async () => {
    const { fetchFn, received } = fakeFetch([]);
    const outbox = createOutbox(webStorageOutbox(fakeStorage()), fetchFn);
    await outbox.enqueue(queued(1));
    await outbox.enqueue(queued(2));
    await expect(outbox.withdraw("request-2")).resolves.toBe(true);
    await outbox.flush(() => undefined);
    await expect(outbox.withdraw("request-1")).resolves.toBe(false);
    expect(received.map((answer) => answer.requestId)).toEqual(["request-1"]);
  });
});
