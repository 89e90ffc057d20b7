// Recall's service worker: shows the daily review reminder sent through Web Push, and opens the
// review page when it is clicked. It caches nothing (the app needs the server anyway).
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : "" };
  }
  const title = data.title || "Recall";
  event.waitUntil(
    self.registration.showNotification(title, {
      body: data.body || "",
      tag: data.tag || "recall-digest",
      data: { url: data.url || "/review" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || "/review", self.location.origin);
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
