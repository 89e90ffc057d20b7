"use client";

import { signOut } from "next-auth/react";

/**
 * The service worker's runtime caches hold this student's pages (the review queue among them): gone with
 * the session, so nobody opens them offline on a shared device. The precache (the app's own files) stays.
 */
async function forgetCachedPages(): Promise<void> {
  if (!("caches" in window)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !name.includes("precache")).map((name) => caches.delete(name)));
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void forgetCachedPages().finally(() => signOut({ callbackUrl: "/sign-in" }))}
      className="rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {label}
    </button>
  );
}
