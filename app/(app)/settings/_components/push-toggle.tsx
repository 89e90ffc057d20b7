"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { subscribePush, unsubscribePush } from "@/app/actions/push-subscription";
import { buttonClass } from "@/components/ui/card";
import { registerServiceWorker } from "@/components/service-worker";

type PushState = "loading" | "unsupported" | "denied" | "off" | "on";

/** VAPID public keys are base64url; PushManager wants the raw bytes. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Subscribes this browser to Web Push through the service worker (app/sw.ts), or unsubscribes it. */
export function PushToggle({ publicKey }: { publicKey: string }) {
  const t = useTranslations("reminders");
  const [state, setState] = useState<PushState>("loading");

  useEffect(() => {
    if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
      setState("unsupported");
      return;
    }
    if (Notification.permission === "denied") {
      setState("denied");
      return;
    }
    registerServiceWorker()
      .then((registration) => registration.pushManager.getSubscription())
      .then((subscription) => setState(subscription ? "on" : "off"))
      .catch(() => setState("unsupported"));
  }, []);

  async function enable() {
    const permission = await Notification.requestPermission();
    if (permission !== "granted") return setState(permission === "denied" ? "denied" : "off");
    const registration = await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    });
    const result = await subscribePush(subscription.toJSON());
    setState(result.ok ? "on" : "off");
  }

  async function disable() {
    const registration = await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.getSubscription();
    if (subscription) {
      await unsubscribePush({ endpoint: subscription.endpoint });
      await subscription.unsubscribe();
    }
    setState("off");
  }

  if (state === "loading") return null;
  if (state === "unsupported") return <p className="text-sm text-slate-500">{t("pushUnsupported")}</p>;
  if (state === "denied") return <p className="text-sm text-slate-500">{t("pushDenied")}</p>;
  return state === "on" ? (
    <div className="space-y-2">
      <p className="text-sm">{t("pushOn")}</p>
      <button type="button" onClick={disable} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm">
        {t("pushDisable")}
      </button>
    </div>
  ) : (
    <button type="button" onClick={enable} className={buttonClass}>
      {t("pushEnable")}
    </button>
  );
}
