import { unsubscribeEmail } from "@/lib/db/reminders/unsubscribe-email";
import { pickLocale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";
import { verifyToken } from "@/lib/reminders/tokens";
import { reminderConfig } from "@/lib/server/reminders/config";
import { unsubscribePage } from "@/lib/server/reminders/unsubscribe-page";

export const dynamic = "force-dynamic";

/** The user a signed unsubscribe token names, or null (tampered, another purpose, another secret). */
function tokenUser(request: Request): string | null {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return verifyToken(token, reminderConfig().unsubscribeSecret, { purpose: "unsubscribe" })?.userId ?? null;
}

type PageKey = "unsubscribeConfirm" | "unsubscribeDone" | "unsubscribeInvalid";

/** Plain strings from messages/<locale>/reminders.json: this page stands alone, outside next-intl's request scope. */
async function page(request: Request, status: number, key: PageKey) {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = pickLocale(cookie, request.headers.get("accept-language"));
  const t = (await loadMessages(locale)).reminders as Record<
    PageKey | "unsubscribeTitle" | "unsubscribeButton",
    string
  >;
  const url = new URL(request.url);
  const html = unsubscribePage({
    lang: locale,
    title: t.unsubscribeTitle,
    message: t[key],
    form:
      key === "unsubscribeConfirm"
        ? { action: `${url.pathname}${url.search}`, button: t.unsubscribeButton }
        : undefined,
  });
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * GET shows a confirmation button (mail scanners follow links, so GET changes nothing); POST
 * unsubscribes. Mail clients send RFC 8058's `List-Unsubscribe=One-Click` POST; the button sends an
 * empty form. No session is needed: the signed token is the authority.
 */
export async function GET(request: Request) {
  return tokenUser(request) ? page(request, 200, "unsubscribeConfirm") : page(request, 400, "unsubscribeInvalid");
}

export async function POST(request: Request) {
  const userId = tokenUser(request);
  if (!userId || !(await unsubscribeEmail({ userId, at: new Date() }))) return page(request, 400, "unsubscribeInvalid");
  return page(request, 200, "unsubscribeDone");
}
