import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { unsubscribeEmail } from "@/lib/db/reminders/unsubscribe-email";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";
import { verifyToken } from "@/lib/reminders/tokens";
import { reminderConfig } from "@/lib/server/reminders/config";
import { unsubscribePage } from "@/lib/server/reminders/unsubscribe-page";

export const dynamic = "force-dynamic";

/** The user a signed unsubscribe token names, or null (tampered, another purpose, another secret). */
function tokenUser(request: Request): string | null {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return verifyToken(token, reminderConfig().unsubscribeSecret, { purpose: "unsubscribe" })?.userId ?? null;
}

async function page(
  request: Request,
  status: number,
  key: "unsubscribeConfirm" | "unsubscribeDone" | "unsubscribeInvalid",
) {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const t = await getTranslations({ locale, namespace: "reminders" });
  const url = new URL(request.url);
  const html = unsubscribePage({
    lang: locale,
    title: t("unsubscribeTitle"),
    message: t(key),
    form:
      key === "unsubscribeConfirm"
        ? { action: `${url.pathname}${url.search}`, button: t("unsubscribeButton") }
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
