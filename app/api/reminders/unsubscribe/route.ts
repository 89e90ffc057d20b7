import { unsubscribeEmail } from "@/lib/db/reminders/unsubscribe-email";
import { pickLocale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";
import { openUnsubscribeToken, type UnsubscribeGrant } from "@/lib/reminders/unsubscribe-token";
import { reminderConfig } from "@/lib/server/reminders/config";
import { unsubscribePage } from "@/lib/server/reminders/unsubscribe-page";

export const dynamic = "force-dynamic";

/** What a sealed unsubscribe token grants, or null (tampered, expired, another secret). */
function tokenGrant(request: Request): UnsubscribeGrant | null {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return openUnsubscribeToken(token, reminderConfig().unsubscribeSecret, new Date());
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
  return tokenGrant(request) ? page(request, 200, "unsubscribeConfirm") : page(request, 400, "unsubscribeInvalid");
}

export async function POST(request: Request) {
  const grant = tokenGrant(request);
  if (!grant || !(await unsubscribeEmail({ userId: grant.userId, version: grant.version, at: new Date() }))) {
    return page(request, 400, "unsubscribeInvalid");
  }
  return page(request, 200, "unsubscribeDone");
}
