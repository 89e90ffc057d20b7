import { createStore, get, type UseStore, update } from "idb-keyval";
import type { OutboxStore, QueuedAnswer } from "./review-api";

/**
 * The outbox in IndexedDB (idb-keyval): unlike sessionStorage it outlives the tab, so answers given
 * offline survive closing the app. `update` runs in one IndexedDB transaction, so it is atomic. The
 * database is opened on first use (the component also renders on the server, which has no IndexedDB).
 */
export function indexedDbOutbox(): OutboxStore {
  let opened: Promise<UseStore> | null = null;
  const open = () => {
    opened ??= (async () => {
      const store = createStore("recall-review", "outbox");
      await adoptLocalStorageOutbox(store);
      return store;
    })();
    return opened;
  };
  return {
    read: async () => (await get<QueuedAnswer[]>("answers", await open())) ?? [],
    update: async (change) => update<QueuedAnswer[]>("answers", (items) => change(items ?? []), await open()),
  };
}

const LEGACY_KEY = "recall.review.outbox";

/** Answers an older version left waiting in localStorage join the IndexedDB outbox once. */
async function adoptLocalStorageOutbox(store: UseStore): Promise<void> {
  const legacy = localStorage.getItem(LEGACY_KEY);
  if (!legacy) return;
  try {
    const waiting = JSON.parse(legacy) as QueuedAnswer[];
    await update<QueuedAnswer[]>(
      "answers",
      (items = []) => [...items, ...waiting.filter((old) => !items.some((item) => item.requestId === old.requestId))],
      store,
    );
    localStorage.removeItem(LEGACY_KEY);
  } catch {
    // Unreadable leftovers: keep them where they are rather than lose them.
  }
}
