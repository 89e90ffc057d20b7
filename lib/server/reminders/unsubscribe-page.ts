import { escapeHtml } from "@/lib/reminders";

/**
 * A minimal standalone HTML page for the unsubscribe endpoint (it works without a session, so it is
 * not rendered inside the app layout). All text is escaped; the form posts back to the same URL.
 */
export function unsubscribePage(options: {
  lang: string;
  title: string;
  message: string;
  form?: { action: string; button: string };
}): string {
  const form = options.form
    ? `<form method="post" action="${escapeHtml(options.form.action)}"><button type="submit" style="padding:10px 18px;border:0;border-radius:8px;background:#1d4ed8;color:#fff;font-size:15px;cursor:pointer">${escapeHtml(options.form.button)}</button></form>`
    : "";
  return [
    `<!doctype html><html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">`,
    `<title>${escapeHtml(options.title)}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;margin:0;padding:48px 16px">`,
    `<main style="max-width:480px;margin:0 auto;background:#fff;border:1px solid #e2e8f0;border-radius:12px;padding:24px">`,
    `<h1 style="font-size:20px;margin:0 0 12px">${escapeHtml(options.title)}</h1>`,
    `<p data-testid="unsubscribe-message" style="margin:0 0 16px">${escapeHtml(options.message)}</p>${form}`,
    `</main></body></html>`,
  ].join("");
}
