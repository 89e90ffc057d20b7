"use client";

/**
 * The service worker's runtime caches hold this student's pages (the review queue among them): gone with
 * the session, so nobody opens them offline on a shared device. The precache (the app's own files) stays.
 */
async function forgetCachedPages(): Promise<void> {
  if (!("caches" in window)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((name) => !name.includes("precache")).map((name) => caches.delete(name)));
}

/**
 * next-auth's sign-out protocol (its CSRF token, then a form POST to /api/auth/signout), done here rather
 * than through `next-auth/react`: that client library weighed 13 KB gzip on every page of the app, the
 * review page's phone budget among them (issue 20), for this one call.
 */
async function signOut(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  window.location.href = callbackUrl;
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void forgetCachedPages().finally(() => signOut("/sign-in"))}
      className="rounded-lg px-3 py-2 text-sm text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      {label}
    </button>
  );
}
