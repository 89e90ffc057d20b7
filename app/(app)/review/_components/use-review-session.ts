"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  createOutbox,
  fetchDueTomorrow,
  loadStats,
  type SendOutcome,
  saveStats,
  serverReachable,
  undoOnServer,
} from "./review-api";
import { indexedDbOutbox } from "./idb-outbox";
import {
  currentEntry,
  type Grade,
  initialReviewState,
  type ReviewAction,
  type ReviewCardView,
  type ReviewState,
  remaining,
  reviewReducer,
} from "./review-reducer";
import { warmImages } from "./warm-images";

const MAX_ANSWER_MS = 3_600_000;
const RETRY_MS = 5000;

export type ReviewNotice = "answered-elsewhere" | "undo-failed" | null;

/**
 * Runs the review reducer and its side effects: answers go to the outbox and are flushed to the server,
 * the running totals are kept for the day, the keyboard drives the session. The reducer is applied to a
 * ref synchronously, so keys arriving faster than React renders see the state of the previous key.
 */
export function useReviewSession({
  cards,
  today,
  queue,
  loadRemoteImages = false,
}: {
  cards: ReviewCardView[];
  today: string;
  /** "before-exam": answers are recorded outside the schedule (the ladder does not move). */
  queue?: "before-exam";
  /** The student's setting: remote images load without asking, so they are fetched ahead too. */
  loadRemoteImages?: boolean;
}) {
  const router = useRouter();
  const outbox = useMemo(() => createOutbox(indexedDbOutbox()), []);
  const live = useRef<ReviewState>(initialReviewState(cards));
  const [state, setState] = useState(live.current);
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState<ReviewNotice>(null);
  const [dueTomorrow, setDueTomorrow] = useState<number | null>(null);
  const [online, setOnline] = useState(true);
  const shownAt = useRef(Date.now());
  /** Answers the server did not record (answered elsewhere, rejected): undoing them is local only. */
  const notRecorded = useRef(new Set<string>());
  /** The latest answer's write to the outbox; undo waits for it before withdrawing. */
  const lastEnqueue = useRef<Promise<void>>(Promise.resolve());
  const undoing = useRef(false);

  const dispatch = useCallback(
    (action: ReviewAction) => {
      const next = reviewReducer(live.current, action);
      if (next === live.current) return next;
      if (next.stats !== live.current.stats) saveStats(sessionStorage, today, next.stats);
      live.current = next;
      setState(next);
      return next;
    },
    [today],
  );

  const flush = useCallback(async () => {
    const left = await outbox.flush((answer, outcome: SendOutcome) => {
      if (outcome === "already-answered" || outcome === "rejected") notRecorded.current.add(answer.requestId);
      if (outcome === "already-answered") setNotice("answered-elsewhere");
    });
    setPending(left);
  }, [outbox]);

  // Today's images into the service worker's cache while there is a network, for the cards still to come.
  useEffect(() => {
    if (navigator.onLine)
      warmImages(
        cards.flatMap((card) => [card.frontHtml, card.backHtml]),
        loadRemoteImages,
      );
  }, [cards, loadRemoteImages]);

  // Restore the day's totals and hide cards answered offline (still due on the server until sent).
  useEffect(() => {
    const stats = loadStats(sessionStorage, today);
    if (stats) dispatch({ type: "restore-stats", stats });
    void outbox.waiting().then((waiting) => {
      if (waiting.length > 0) dispatch({ type: "hide-cards", cardIds: waiting.map((item) => item.cardId) });
    });
  }, [dispatch, outbox, today]);

  useEffect(() => {
    // The browser's word first, then a request to the server (the page may have come from the cache).
    let reachable = navigator.onLine;
    const check = async () => {
      reachable = navigator.onLine && (await serverReachable());
      setOnline(reachable);
    };
    const retry = () => {
      void check();
      void flush();
    };
    // While the server answers, the timer only flushes; it asks again once the page is offline.
    const tick = () => (reachable ? void flush() : retry());
    const offline = () => {
      reachable = false;
      setOnline(false);
    };
    setOnline(reachable);
    retry();
    window.addEventListener("online", retry);
    window.addEventListener("offline", offline);
    const timer = window.setInterval(tick, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("offline", offline);
      window.clearInterval(timer);
    };
  }, [flush]);

  const reveal = useCallback(() => dispatch({ type: "reveal" }), [dispatch]);

  const answer = useCallback(
    (grade: Grade) => {
      const entry = currentEntry(live.current);
      if (!entry || !live.current.revealed) return;
      const durationMs = Math.min(Date.now() - shownAt.current, MAX_ANSWER_MS);
      const requestId = crypto.randomUUID();
      const next = dispatch({ type: "answer", grade, requestId, durationMs });
      shownAt.current = Date.now();
      if (!next.history.at(-1)?.recorded) return;
      const enqueued = outbox.enqueue({
        cardId: entry.card.id,
        grade,
        requestId,
        expectedReps: entry.card.reps,
        durationMs,
        answeredAt: new Date().toISOString(),
        ...(queue ? { queue } : {}),
      });
      lastEnqueue.current = enqueued;
      void enqueued.then(async () => {
        setPending((await outbox.waiting()).length);
        await flush();
      });
    },
    [dispatch, flush, outbox, queue],
  );

  /**
   * Takes back this page's latest answer: withdrawn from the outbox while it waits, else undone on the
   * server (only if it is still the last answer there); a relearning step is undone in the page only.
   */
  const undo = useCallback(async () => {
    const last = live.current.history.at(-1);
    if (!last || undoing.current) return;
    undoing.current = true;
    try {
      if (last.recorded && !notRecorded.current.has(last.requestId)) {
        await lastEnqueue.current;
        const withdrawn = await outbox.withdraw(last.requestId);
        if (!withdrawn && !notRecorded.current.has(last.requestId) && !(await undoOnServer(last.requestId))) {
          setNotice("undo-failed");
          return;
        }
        setPending((await outbox.waiting()).length);
      }
      if (live.current.history.at(-1) === last) dispatch({ type: "undo" });
      setNotice(null);
      shownAt.current = Date.now();
    } finally {
      undoing.current = false;
    }
  }, [dispatch, outbox]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z") {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (event.key === " ") {
        event.preventDefault();
        reveal();
      } else if (event.key === "1") answer("forgot");
      else if (event.key === "2") answer("remembered");
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [answer, reveal, undo]);

  const finished = !currentEntry(state);

  useEffect(() => {
    if (!finished || pending > 0) return;
    void fetchDueTomorrow().then(setDueTomorrow);
  }, [finished, pending]);

  /** Undo from the summary after a reload (this page has no answers of its own): the server's last. */
  const undoLastOnServer = useCallback(async () => {
    if (await undoOnServer(null)) router.refresh();
  }, [router]);

  return {
    state,
    card: currentEntry(state)?.card,
    left: remaining(state),
    finished,
    pending,
    online,
    notice,
    dueTomorrow,
    canUndo: state.history.length > 0,
    reveal,
    answer,
    undo,
    undoLastOnServer,
  };
}
