/**
 * Rule 1, numbers that are facts: a quantity with its unit or counter (`15분`, `10 GB`, `3,500 PUT/s`,
 * `99.99%`, `$0.20`, `1,000`) becomes a cloze over the quantity in its sentence; the unit stays with the
 * answer. Code, links and URLs are skipped (their characters are not TEXT), and so are dates.
 */
import { type Candidate, clozeCandidate } from "./candidate";
import { type InlineText, type Sentence, TEXT } from "./inline";

const LATIN_UNITS = [
  "GB-seconds?|GB-초|KiB|MiB|GiB|TiB|KB|MB|GB|TB|PB|bytes?",
  "milliseconds?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?",
  "vCPUs?|IOPS|RCUs?|WCUs?|TPS|RPS|Mbps|Gbps|MB/s|GB/s|PUT/s|GET/s|req/s",
  "concurrent executions|concurrent|executions?|requests?|connections?|functions?|items?|partitions?|shards?",
  "retries|attempts|regions?|AZs?|times|users?|messages?|objects?|buckets?|instances?|versions?|rules?|targets?",
].join("|");
const KOREAN_UNITS = "밀리초|시간|개월|바이트|퍼센트|글자|달러|분|초|일|주|달|년|개|건|회|번|배|원|명|자|대|코어";
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|,\d)`;
const MAGNITUDE = "[십백천만억조]{1,2}";
const RATE = String.raw`(?:\/s|\/sec|\/초|\s(?:per|a)\s(?:second|sec|minute|month|day|prefix|partition|shard|region|account|request))?`;

/** One quantity: currency, number (or range), Korean magnitude, then a known unit, `%`, or nothing. */
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,\-/#])([$€£₩]\s?)?(${NUMBER})(?:${MAGNITUDE})?(?:\s?[~–-]\s?(?:${NUMBER})(?:${MAGNITUDE})?)?` +
    String.raw`(?:(\s?%)|\s?(${KOREAN_UNITS})|\s?(${LATIN_UNITS})(?![A-Za-z0-9])|([smh])(?![A-Za-z0-9]))?${RATE}`,
  "gu",
);

/** `2024년`, `2024-09-28`, `2020. 2`, `9월 28일`: the note's own dates are not facts to learn. */
function isDate(text: string, start: number, match: RegExpExecArray): boolean {
  const digits = match[2] ?? "";
  const after = text.slice(start + match[0].length, start + match[0].length + 2);
  const year = /^(?:19|20)\d\d$/.test(digits);
  if (year && (/^[-./년]/.test(after) || match[4] === "년" || match[5] === undefined)) return true;
  if (match[4] === "일" && /\d\s?월\s?$/.test(text.slice(Math.max(0, start - 5), start))) return true;
  return match[4] === "월";
}

/** Cloze candidates for every quantity of one sentence. */
export function numberCandidates(inline: InlineText, sentence: Sentence, block: number): Candidate[] {
  const out: Candidate[] = [];
  const text = inline.text.slice(sentence.start, sentence.end);
  if (!/\d/.test(text)) return out;
  QUANTITY.lastIndex = 0;
  for (let match = QUANTITY.exec(text); match !== null; match = QUANTITY.exec(text)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    const hasUnit = match[1] !== undefined || match[3] !== undefined || match[4] !== undefined;
    const latin = match[5] !== undefined || match[6] !== undefined;
    const thousands = (match[2] ?? "").includes(",");
    if (!hasUnit && !latin && !thousands) continue;
    if (isDate(text, match.index, match)) continue;
    let plain = true;
    for (let i = start; i < end; i++) if (inline.kinds[i] !== TEXT) plain = false;
    if (!plain) continue;
    const candidate = clozeCandidate(inline, sentence, start, end, "number", hasUnit || latin ? 5 : 3.5, block);
    if (candidate) out.push(candidate);
  }
  return out;
}
