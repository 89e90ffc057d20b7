import { AppError } from "@/lib/errors";
import { answerOf, keyTermBlank } from "./answer-text";
import { chooseDistractors } from "./distractors";
import { cleanText, parseBoolean } from "./normalize";
import { chooseQuestionType, MULTIPLE_CHOICE_DISTRACTORS } from "./question-type";
import { createRng, type QuizRng, shuffled } from "./random";
import type { Question, QuestionType, Quiz, QuizCard, QuizMode } from "./types";

/** Default exam pace when no limit is given: 2 minutes a question (65 questions → 130 minutes). */
export const DEFAULT_EXAM_SECONDS_PER_QUESTION = 120;
/** The blank shown in cloze prompts. */
export const CLOZE_BLANK = "____";

export interface BuildQuizInput {
  /** The selected cards (notes, subjects, tags or weak spots, resolved by the caller). */
  cards: readonly QuizCard[];
  mode: QuizMode;
  /** Questions wanted; fewer are built when fewer cards are selected. A positive integer. */
  count: number;
  /** Any 32-bit integer; the same input and seed give the same quiz. */
  seed: number;
  /** Exam time limit; defaults to 120 s a question in exam mode, untimed (`null`) in practice mode. */
  timeLimitSeconds?: number | null;
  /** Extra cards (for example the user's other cards) used only as a source of distractors. */
  distractorPool?: readonly QuizCard[];
  /** Restrict question types; "typed" remains the fallback. */
  questionTypes?: readonly QuestionType[];
}

const byId = (a: QuizCard, b: QuizCard) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function uniqueById(cards: readonly QuizCard[]): QuizCard[] {
  const seen = new Map<string, QuizCard>();
  for (const card of cards) if (!seen.has(card.id)) seen.set(card.id, card);
  return [...seen.values()].sort(byId);
}

/** `{{c1::answer}}`, `{{answer}}`, `[...]`, `[…]` and runs of three or more underscores become `____`. */
export function clozePrompt(front: string): string {
  return cleanText(front)
    .replace(/\{\{(?:c\d+::)?[^}]*\}\}/g, CLOZE_BLANK)
    .replace(/\[(?:\.\.\.|…)\]/g, CLOZE_BLANK)
    .replace(/_{3,}/g, CLOZE_BLANK);
}

/** An answer of this many words is a sentence: a fill-in over it blanks a key term instead. */
const SENTENCE_MIN_WORDS = 4;

/** Spaces collapsed but kept at the ends, so text around a blank keeps its word breaks. */
const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");

/**
 * A fill-in blanks a key term, never a whole sentence: when `answer` is a long sentence with a number,
 * a bold or a code term, returns the sentence with that term blanked and the term as the answer.
 */
function keyTermFillIn(answer: string): { sentence: string; term: string } | null {
  if (answer.split(/\s+/).length < SENTENCE_MIN_WORDS) return null;
  const blank = keyTermBlank(answer);
  if (!blank) return null;
  return { sentence: `${collapse(blank.before)}${CLOZE_BLANK}${collapse(blank.after)}`.trim(), term: blank.term };
}

/** "Lambda max timeout?" + "5분" → "Lambda max timeout: 5분". */
function statementOf(front: string, claim: string): string {
  return `${cleanText(front).replace(/[\s:?？]+$/u, "")}: ${claim}`;
}

function buildQuestion(
  card: QuizCard,
  index: number,
  pool: readonly QuizCard[],
  rng: QuizRng,
  allowed?: readonly QuestionType[],
): Question {
  const expected = card.type === "cloze" ? cleanText(card.back) : answerOf(card);
  const base = {
    id: `q${index + 1}`,
    index,
    cardId: card.id,
    subject: card.subject,
    tags: card.tags,
    source: {
      cardId: card.id,
      noteId: card.noteId,
      noteTitle: card.noteTitle,
      notePath: card.notePath,
      line: card.line,
    },
    prompt: cleanText(card.front),
  };
  if (card.numeric) return { ...base, type: "typed", expected, numeric: card.numeric };
  const type = chooseQuestionType(card, pool, { allowed });
  if (type === "cloze") {
    const prompt = clozePrompt(card.front);
    const inner = keyTermFillIn(card.back);
    if (!inner || !prompt.includes(CLOZE_BLANK)) return { ...base, type, prompt, expected };
    return { ...base, type, prompt: prompt.replace(CLOZE_BLANK, () => inner.sentence), expected: inner.term };
  }
  if (type === "true-false") {
    const truth = parseBoolean(expected);
    if (truth !== null) return { ...base, type, statement: base.prompt, correct: truth, expected };
    const showTrue = rng.int(0, 1) === 1;
    const [distractor] = chooseDistractors(card, pool, rng, 1);
    const claim = showTrue || distractor === undefined ? expected : distractor;
    return { ...base, type, statement: statementOf(card.front, claim), correct: claim === expected, expected };
  }
  if (type === "multiple-choice") {
    const distractors = chooseDistractors(card, pool, rng, MULTIPLE_CHOICE_DISTRACTORS);
    if (distractors.length === MULTIPLE_CHOICE_DISTRACTORS) {
      const options = shuffled([expected, ...distractors], rng);
      return { ...base, type, options, correctOption: options.indexOf(expected), expected };
    }
  }
  const fillIn = !allowed || allowed.includes("cloze") ? keyTermFillIn(expected) : null;
  if (fillIn) return { ...base, type: "cloze", prompt: `${base.prompt}\n${fillIn.sentence}`, expected: fillIn.term };
  return { ...base, type: "typed", expected };
}

/**
 * Builds a quiz: picks `count` of the selected cards in a seeded random order and asks each with the
 * type that fits it (see `chooseQuestionType`). Distractors come from the selected cards plus
 * `distractorPool`. Pure: the same input gives the same quiz.
 *
 * @throws AppError("INVALID_INPUT") for an empty selection or a count that is not a positive integer.
 */
export function buildQuiz(input: BuildQuizInput): Quiz {
  const selected = uniqueById(input.cards);
  if (selected.length === 0)
    throw new AppError("INVALID_INPUT", "Select at least one card for the quiz.", { reason: "no-cards" });
  if (!Number.isInteger(input.count) || input.count < 1) {
    throw new AppError("INVALID_INPUT", "The question count must be a positive whole number.", {
      reason: "invalid-input",
      field: "count",
    });
  }
  const limit = input.timeLimitSeconds;
  if (limit !== undefined && limit !== null && !(limit > 0)) {
    throw new AppError("INVALID_INPUT", "The time limit must be a positive number of seconds.", {
      reason: "invalid-input",
      field: "minutes",
    });
  }
  const rng = createRng(input.seed);
  const chosen = shuffled(selected, rng).slice(0, input.count);
  const pool = uniqueById([...selected, ...(input.distractorPool ?? [])]);
  const questions = chosen.map((card, i) => buildQuestion(card, i, pool, rng, input.questionTypes));
  const timeLimitSeconds =
    limit ?? (input.mode === "exam" ? questions.length * DEFAULT_EXAM_SECONDS_PER_QUESTION : null);
  return { mode: input.mode, seed: input.seed, timeLimitSeconds, requestedCount: input.count, questions };
}
