/**
 * Turning a card's sides into quiz text that reads well: the answer without the question's subject
 * repeated in front of it, list items kept one a line, and the key term of a long sentence for fill-ins.
 */

/** "What is X?", "X란?", "X이란?", "X는?", "X:" → "X". The front itself when no pattern fits. */
export function subjectOf(front: string): string {
  let subject = front.normalize("NFC").replace(/\s+/g, " ").trim();
  subject = subject.replace(/[\s?？:：.]+$/u, "");
  subject = subject.replace(/^(?:what|who)\s+(?:is|are)\s+/iu, "").replace(/^(?:define|explain)\s+/iu, "");
  const particle = /(?:이란|란|은|는)$/u.exec(subject);
  // A particle only ends the subject when a term stays before it ("람다는" → "람다", never "는" → "").
  if (particle && particle.index > 0) subject = subject.slice(0, particle.index);
  return subject.trim();
}

/** What may join a subject to its definition: a topic particle, a colon or dash, "is/are", "(=". */
const SUBJECT_JOINER = /^(?:\s*(?:이란|란|은|는|이|가)(?=\s)|\s*[:：\-–—=]|\s*\(\s*=|\s+(?:is|are|means)\b)\s*/iu;

/** Trims every line and collapses its spaces; blank lines go. List numbering ("1.", "2.") stays as written. */
function tidyLines(text: string): string {
  return text
    .normalize("NFC")
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * The answer a quiz shows and grades for a card: its back with tidy lines (a numbered list stays a
 * numbered list) and without the question's subject repeated at its start.
 *
 * @example answerOf({ front: "EventBridge란?", back: "EventBridge란 서버리스 이벤트 버스이다" }) // "서버리스 이벤트 버스이다"
 */
export function answerOf(card: { front: string; back: string }): string {
  const answer = tidyLines(card.back);
  const subject = subjectOf(card.front);
  if (subject.length === 0 || answer.length <= subject.length) return answer;
  if (answer.slice(0, subject.length).toLowerCase() !== subject.toLowerCase()) return answer;
  const rest = answer.slice(subject.length);
  const joiner = SUBJECT_JOINER.exec(rest);
  if (!joiner) return answer;
  let definition = rest.slice(joiner[0].length);
  if (joiner[0].includes("(")) definition = definition.replace(/\)\s*$/u, "");
  definition = definition.trim();
  return definition.length > 0 ? definition : answer;
}

/** A sentence split around the term a fill-in blanks. Markdown marks around the term are dropped. */
export interface KeyTermBlank {
  before: string;
  term: string;
  after: string;
}

const UNITS = [
  "밀리초",
  "ms",
  "초",
  "분",
  "시간",
  "일",
  "주",
  "개월",
  "년",
  "seconds?",
  "secs?",
  "minutes?",
  "mins?",
  "hours?",
  "days?",
  "weeks?",
  "months?",
  "years?",
  "KiB",
  "MiB",
  "GiB",
  "TiB",
  "KB",
  "MB",
  "GB",
  "TB",
  "PB",
  "bytes?",
  "%",
  "퍼센트",
  "개",
  "회",
  "번",
  "건",
  "명",
  "배",
  "ms",
  "s",
  "h",
  "달러",
  "원",
];
/** A number that is a fact: `$0.20`, `15분`, `5 TB`, `99.99%`, `3,500개`, `1,000`. Not the 3 of "S3". */
const QUANTITY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:\\$\\s?\\d+(?:[.,]\\d+)*|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?:\\s?(?:${UNITS.join("|")})(?![a-zA-Z]))?|\\d+(?:\\.\\d+)?\\s?(?:${UNITS.join("|")})(?![a-zA-Z]))`,
  "u",
);
const STRONG_RE = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/u;
const CODE_RE = /`([^`\n]+)`/u;

/**
 * The key term of a sentence for a fill-in question: its first quantity with unit, else its first bold
 * term, else its first inline-code term. `null` when the sentence has none (then no fill-in is asked).
 *
 * @example keyTermBlank("최대 실행 시간은 15분이다") // { before: "최대 실행 시간은 ", term: "15분", after: "이다" }
 */
export function keyTermBlank(text: string): KeyTermBlank | null {
  const sentence = text.normalize("NFC");
  const quantity = QUANTITY_RE.exec(sentence);
  if (quantity) return split(sentence, quantity.index, quantity[0], quantity[0]);
  const strong = STRONG_RE.exec(sentence);
  if (strong) return split(sentence, strong.index, strong[0], strong[2]!);
  const code = CODE_RE.exec(sentence);
  if (code) return split(sentence, code.index, code[0], code[1]!);
  return null;
}

function split(sentence: string, index: number, whole: string, term: string): KeyTermBlank {
  return { before: sentence.slice(0, index), term: term.trim(), after: sentence.slice(index + whole.length) };
}
