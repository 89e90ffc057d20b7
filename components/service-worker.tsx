"use client";

import { useEffect } from "react";

/** The one service worker (app/sw.ts): offline review and push reminders. */
export const SERVICE_WORKER_URL = "/serwist/sw.js";

export function registerServiceWorker(): Promise<ServiceWorkerRegistration> {
  return navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/", type: "module" });
}

/** Registers the service worker once the page has loaded, so it never competes with the first paint. */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const register = () => void registerServiceWorker().catch(() => undefined);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }, []);
  return null;
}
