/** Just enough MIME parsing to check the digest emails a test SMTP server receives. */
export interface ParsedMail {
  headers: Map<string, string>;
  text: string | null;
  html: string | null;
  contentTypes: string[];
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf("\r\n\r\n");
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? "" : raw.slice(end + 4);
  const headers = new Map<string, string>();
  // Folded lines continue with whitespace (RFC 5322 §2.2.3).
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
  }
  return body;
}

/** Parses a raw message: headers, and the text/plain and text/html parts of a multipart body. */
export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHeaders(raw);
  const result: ParsedMail = { headers, text: null, html: null, contentTypes: [headers.get("content-type") ?? ""] };
  const visit = (partHeaders: Map<string, string>, partBody: string) => {
    const type = partHeaders.get("content-type") ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.startsWith("multipart/") && boundary) {
      const parts = partBody.split(`--${boundary}`).slice(1);
      for (const part of parts) {
        if (part.startsWith("--")) break;
        const parsed = splitHeaders(part.replace(/^\r\n/, ""));
        result.contentTypes.push(parsed.headers.get("content-type") ?? "");
        visit(parsed.headers, parsed.body.replace(/\r\n$/, ""));
      }
      return;
    }
    const content = decode(partBody, partHeaders.get("content-transfer-encoding"));
    if (type.startsWith("text/plain")) result.text = content;
    if (type.startsWith("text/html")) result.html = content;
  };
  visit(headers, body);
  return result;
}

/** Decodes an RFC 2047 encoded-word header value (`=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=`). */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeURIComponent(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, "%$1")),
    );
}
