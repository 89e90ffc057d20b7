import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RemoteImages } from "@/components/remote-images";
import { ServiceWorkerRegistration } from "@/components/service-worker";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { requireUser } from "@/lib/auth/session";
import { DueBanner } from "./_components/due-banner";
import { NavLinks } from "./_components/nav-links";
import { SignOutButton } from "./_components/sign-out-button";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [t, tCards, tPrivacy] = await Promise.all([
    getTranslations("nav"),
    getTranslations("cards.browser"),
    getTranslations("privacy"),
  ]);
  const items = [
    { href: "/", label: t("dashboard") },
    { href: "/review", label: t("review") },
    { href: "/quiz", label: t("quiz") },
    { href: "/exam", label: t("exam") },
    { href: "/notes", label: t("notes") },
    { href: "/cards", label: tCards("nav") },
    { href: "/simulator", label: t("simulator") },
    { href: "/settings", label: t("settings") },
  ];
  return (
    <div className="min-h-dvh">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <Link href="/" className="text-lg font-bold tracking-tight text-brand-600">
            Recall
          </Link>
          <nav aria-label={t("menu")} className="order-last w-full min-w-0 md:order-none md:w-auto md:flex-1">
            <NavLinks items={items} />
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitch />
            <span className="hidden max-w-40 truncate text-xs text-slate-500 sm:inline" data-testid="user-email">
              {user.email}
            </span>
            <SignOutButton label={t("signOut")} />
          </div>
        </div>
      </header>
      <ServiceWorkerRegistration />
      <RemoteImages alwaysLoad={user.loadRemoteImages} label={tPrivacy("loadImages")} />
      <DueBanner />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
