"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Client half of the banner: hidden on the review page itself, where the count is already shown. */
export function DueBannerView(props: { count: number; text: string; cta: string; badgeLabel: string }) {
  const pathname = usePathname();
  if (pathname.startsWith("/review")) return null;
  return (
    <div
      role="status"
      data-testid="due-banner"
      className="border-b border-brand-100 bg-brand-50 text-sm text-brand-700 dark:border-slate-800 dark:bg-slate-900 dark:text-brand-100"
    >
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2">
        <span
          title={props.badgeLabel}
          data-testid="due-badge"
          className="inline-flex min-w-6 items-center justify-center rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white tabular-nums"
        >
          {props.count > 999 ? "999+" : props.count}
        </span>
        <span className="sr-only">{props.badgeLabel}: </span>
        <span>{props.text}</span>
        <Link href="/review" className="ml-auto font-medium underline">
          {props.cta}
        </Link>
      </div>
    </div>
  );
}
