import { AppError } from "@/lib/errors";
import { type LocalDay, parseLocalDay } from "./local-day";
import { type DigestCheckpoint, type ReminderLocale, type ReminderMessages, reminderMessages } from "./messages";

export interface DigestInput {
  locale: ReminderLocale;
  userName: string | null;
  /** Cards due today per subject (`null` = no subject); the total due is their sum. */
  dueBySubject: readonly { subject: string | null; count: number }[];
  dueByCheckpoint: readonly { checkpoint: DigestCheckpoint; count: number }[];
  /** Notes whose cards reach the 4/7/14-day checkpoint today; `url` links to the note. */
  notesReachingCheckpoint: readonly { title: string; checkpoint: DigestCheckpoint; url?: string }[];
  /** Consecutive study days. */
  streak: number;
  reviewUrl: string;
  /** The one-click unsubscribe link (signed token), also given in `listUnsubscribeHeaders`. */
  unsubscribeUrl: string;
  localDay: LocalDay;
}

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Accepts only absolute http(s) URLs, so a link can never be `javascript:`. */
export function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError("INVALID_INPUT", `Not a valid URL: "${url}".`, { reason: "invalid-config" });
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new AppError("INVALID_INPUT", `Links must be http(s), got "${parsed.protocol}".`, {
      reason: "invalid-config",
    });
  }
  return parsed.href;
}

/** The local day as a long date in the locale ("Tuesday, March 10, 2026" / "2026년 3월 10일 화요일"). */
export function formatLocalDay(day: LocalDay, intlLocale: string): string {
  const { year, month, day: d } = parseLocalDay(day);
  return new Intl.DateTimeFormat(intlLocale, { dateStyle: "full", timeZone: "UTC" }).format(
    Date.UTC(year, month - 1, d),
  );
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,'Apple SD Gothic Neo','Malgun Gothic',sans-serif;";
const H2 = "margin:24px 0 8px;font-size:15px;color:#44403c;";
const CELL = "padding:4px 0;font-size:14px;color:#1c1917;";

function rows(items: readonly { label: string; value: string }[]): string {
  const trs = items
    .map(
      (i) =>
        `<tr><td style="${CELL}">${escapeHtml(i.label)}</td><td align="right" style="${CELL}font-weight:600;">${escapeHtml(i.value)}</td></tr>`,
    )
    .join("");
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0">${trs}</table>`;
}

interface Prepared {
  m: ReminderMessages;
  total: number;
  num: (n: number) => string;
  subjects: { label: string; value: string }[];
  checkpoints: { label: string; value: string }[];
  notes: { text: string; url: string | null }[];
  date: string;
}

function prepare(input: DigestInput): Prepared {
  const m = reminderMessages[input.locale];
  const nf = new Intl.NumberFormat(m.intlLocale);
  const num = (n: number) => nf.format(n);
  return {
    m,
    num,
    total: input.dueBySubject.reduce((sum, s) => sum + s.count, 0),
    subjects: input.dueBySubject
      .filter((s) => s.count > 0)
      .map((s) => ({ label: s.subject ?? m.noSubject, value: num(s.count) })),
    checkpoints: input.dueByCheckpoint
      .filter((c) => c.count > 0)
      .map((c) => ({ label: m.checkpoint(c.checkpoint), value: num(c.count) })),
    notes: input.notesReachingCheckpoint.map((n) => ({
      text: m.reachingItem(n.title, n.checkpoint),
      url: n.url ? safeUrl(n.url) : null,
    })),
    date: formatLocalDay(input.localDay, m.intlLocale),
  };
}

/**
 * Renders the daily digest email in the user's locale: subject, simple inline-styled HTML (every
 * value escaped, links restricted to http(s)) and a plain-text part with the same content.
 *
 * @throws AppError("INVALID_INPUT") for a bad day or a non-http(s) link.
 */
export function renderDigest(input: DigestInput): RenderedDigest {
  const p = prepare(input);
  const { m } = p;
  const reviewUrl = safeUrl(input.reviewUrl);
  const unsubscribeUrl = safeUrl(input.unsubscribeUrl);
  const subject = m.subject(p.total, p.num(p.total), p.date);
  const headline = p.total > 0 ? m.dueToday(p.total, p.num(p.total)) : m.nothingDue;
  const streak = m.streak(input.streak, p.num(input.streak));

  const html = [
    `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f5f5f4;${FONT}">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f4;"><tr><td align="center" style="padding:24px 12px;">`,
    `<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px;"><tr><td style="padding:24px;${FONT}">`,
    `<p style="margin:0 0 4px;font-size:13px;color:#78716c;">${escapeHtml(p.date)}</p>`,
    `<p style="margin:0 0 12px;font-size:15px;color:#1c1917;">${escapeHtml(m.greeting(input.userName))}</p>`,
    `<p style="margin:0;font-size:18px;font-weight:600;color:#1c1917;">${escapeHtml(headline)}</p>`,
    p.subjects.length > 0 ? `<h2 style="${H2}">${escapeHtml(m.bySubjectHeading)}</h2>${rows(p.subjects)}` : "",
    p.checkpoints.length > 0 ? `<h2 style="${H2}">${escapeHtml(m.byCheckpointHeading)}</h2>${rows(p.checkpoints)}` : "",
    p.notes.length > 0
      ? `<h2 style="${H2}">${escapeHtml(m.reachingHeading)}</h2><ul style="margin:0;padding-left:20px;">${p.notes
          .map((n) => {
            const text = escapeHtml(n.text);
            const item = n.url ? `<a href="${escapeHtml(n.url)}" style="color:#1d4ed8;">${text}</a>` : text;
            return `<li style="${CELL}">${item}</li>`;
          })
          .join("")}</ul>`
      : "",
    `<p style="margin:24px 0;"><a href="${escapeHtml(reviewUrl)}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600;font-size:15px;">${escapeHtml(m.reviewButton)}</a></p>`,
    `<p style="margin:0;font-size:14px;color:#44403c;">${escapeHtml(streak)}</p>`,
    `</td></tr></table>`,
    `<p style="margin:16px 0 0;font-size:12px;color:#78716c;">${escapeHtml(m.footer)}<br><a href="${escapeHtml(unsubscribeUrl)}" style="color:#78716c;">${escapeHtml(m.unsubscribe)}</a></p>`,
    `</td></tr></table></body></html>`,
  ].join("\n");

  const section = (heading: string, lines: string[]) => (lines.length > 0 ? ["", heading, ...lines] : []);
  const text = [
    p.date,
    "",
    m.greeting(input.userName),
    headline,
    ...section(
      m.bySubjectHeading,
      p.subjects.map((s) => `- ${s.label}: ${s.value}`),
    ),
    ...section(
      m.byCheckpointHeading,
      p.checkpoints.map((c) => `- ${c.label}: ${c.value}`),
    ),
    ...section(
      m.reachingHeading,
      p.notes.map((n) => (n.url ? `- ${n.text} <${n.url}>` : `- ${n.text}`)),
    ),
    "",
    `${m.reviewButton}: ${reviewUrl}`,
    streak,
    "",
    "--",
    m.footer,
    `${m.unsubscribe}: ${unsubscribeUrl}`,
    "",
  ].join("\n");

  return { subject, html, text };
}
