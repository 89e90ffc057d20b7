/// <reference lib="webworker" />
// Recall's one service worker (built by @serwist/turbopack from this file, served at /serwist/sw.js):
// caches the app shell and the review page so review works offline, and shows the daily review reminder
// sent through Web Push. Answers given offline are kept by the page itself (IndexedDB outbox), not here.
import { defaultCache } from "@serwist/turbopack/worker";
import {
  ExpirationPlugin,
  NetworkFirst,
  type PrecacheEntry,
  Serwist,
  type SerwistGlobalConfig,
  StaleWhileRevalidate,
} from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// Web workers (the simulator's) are started by the bundler with bootstrap settings this worker would lose by
// answering from a cache ("Missing worker bootstrap config"): leave their scripts to the network, before
// Serwist's own fetch listener sees them.
self.addEventListener("fetch", (event) => {
  const destination = event.request.destination;
  if (destination === "worker" || destination === "sharedworker") event.stopImmediatePropagation();
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    // The review page carries today's queue (rendered sides, image URLs) in its HTML: the newest copy
    // loaded online is what opens offline, also after the app was closed.
    {
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.mode === "navigate" && url.pathname === "/review",
      handler: new NetworkFirst({ cacheName: "review-page", networkTimeoutSeconds: 4 }),
    },
    // Card images (Markdown images are links to other sites): the review page loads every image of today's
    // queue while online (warm-images.ts), so the backs not yet shown still have them offline. Other
    // sites' images are opaque responses, which Chromium counts large against the quota: keep few and
    // drop them all rather than fail when the quota runs out.
    {
      matcher: ({ request }) => request.destination === "image",
      handler: new StaleWhileRevalidate({
        cacheName: "images",
        plugins: [
          new ExpirationPlugin({
            maxEntries: 120,
            maxAgeSeconds: 30 * 24 * 60 * 60,
            maxAgeFrom: "last-used",
            purgeOnQuotaError: true,
          }),
        ],
      }),
    },
    ...defaultCache,
  ],
});

serwist.addEventListeners();

interface PushPayload {
  title?: string;
  body?: string;
  tag?: string;
  url?: string;
}

self.addEventListener("push", (event) => {
  let data: PushPayload = {};
  try {
    data = (event.data?.json() as PushPayload | undefined) ?? {};
  } catch {
    data = { body: event.data?.text() ?? "" };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "Recall", {
      body: data.body || "",
      tag: data.tag || "recall-digest",
      data: { url: data.url || "/review" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL((event.notification.data as { url?: string } | null)?.url || "/review", self.location.origin);
  // Only ever open pages of this site, whatever the payload says.
  const target = url.origin === self.location.origin ? url.href : `${self.location.origin}/review`;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const client of windows) {
        if (client.url === target && "focus" in client) return client.focus();
      }
      return self.clients.openWindow(target);
    }),
  );
});
