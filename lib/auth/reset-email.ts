import { escapeHtml } from "@/lib/reminders";

/** The texts of the reset mail, already in the student's language. */
export interface ResetEmailTexts {
  subject: string;
  greeting: string;
  body: string;
  button: string;
  expiry: string;
  ignore: string;
}

/**
 * The forgot-password mail as subject, HTML and plain text. Pure: the link and texts come in; every
 * text is escaped in the HTML.
 */
export function renderResetEmail(options: { lang: string; url: string; texts: ResetEmailTexts }) {
  const { texts: t, url } = options;
  const p = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`;
  const html = [
    `<!doctype html><html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(t.subject)}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;color:#0f172a;margin:0;padding:24px">`,
    p(t.greeting),
    p(t.body),
    `<p style="margin:0 0 12px"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 18px;border-radius:8px;background:#1d4ed8;color:#fff;text-decoration:none">${escapeHtml(t.button)}</a></p>`,
    `<p style="margin:0 0 12px;font-size:12px;word-break:break-all">${escapeHtml(url)}</p>`,
    p(t.expiry),
    p(t.ignore),
    `</body></html>`,
  ].join("");
  const text = [t.greeting, "", t.body, url, "", t.expiry, t.ignore].join("\n");
  return { subject: t.subject, html, text };
}
