import { createStore, get, type UseStore, update } from "idb-keyval";
import type { OutboxStore, QueuedAnswer } from "./review-api";

/**
 * The outbox in IndexedDB (idb-keyval): unlike sessionStorage it outlives the tab, so answers given
 * offline survive closing the app. `update` runs in one IndexedDB transaction, so it is atomic. The
 * database is opened on first use (the component also renders on the server, which has no IndexedDB).
 */
export function indexedDbOutbox(): OutboxStore {
  let store: UseStore | null = null;
  const open = () => {
    store ??= createStore("recall-review", "outbox");
    return store;
  };
  return {
    read: async () => (await get<QueuedAnswer[]>("answers", open())) ?? [],
    update: (change) => update<QueuedAnswer[]>("answers", (items) => change(items ?? []), open()),
  };
}
