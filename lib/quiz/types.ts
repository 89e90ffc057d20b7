/**
 * Types shared by the quiz domain code. Everything here is plain data (JSON-serialisable except `Date`),
 * so a quiz can be stored on the server as-is and survive reloads.
 */

/** The card types the quiz knows how to ask. Other card types are treated as "qa". */
export type QuizCardType = "qa" | "cloze" | "fact";

/** What a quiz needs to know about one card; the DB layer maps `Card` + `Note` rows onto this. */
export interface QuizCard {
  id: string;
  noteId: string;
  /** Note title and path, shown as the card's source in feedback and the wrong-answer review. */
  noteTitle?: string;
  notePath?: string;
  /** Line of the card in its note, for a link to the source. */
  line?: number;
  /** Subject of the note; `null` cards only draw distractors from other `null`-subject cards. */
  subject: string | null;
  tags: readonly string[];
  /**
   * "cloze": `front` is the sentence with the blank (`{{…}}`, `{{c1::…}}`, `[...]` or `___`), `back` the
   * hidden text. "fact": a statement split as `front` (topic) and `back` (value). "qa": question/answer.
   */
  type: QuizCardType;
  front: string;
  back: string;
  /** A numeric answer graded within a tolerance (simulator drills); always asked as a typed question. */
  numeric?: NumericAnswer;
}

/** The right number and how far an answer may be from it and still count (e.g. ±10 % of a drill's answer). */
export interface NumericAnswer {
  value: number;
  allowedError: number;
}

/** Shape of an answer text, used to pick plausible distractors. */
export type AnswerKind = "number-with-unit" | "number" | "service-name" | "boolean" | "short-phrase" | "long-text";

/** Language of a text: Korean when it contains Hangul, English otherwise. */
export type QuizLanguage = "ko" | "en";

export type QuestionType = "multiple-choice" | "multiple-response" | "typed" | "cloze" | "true-false";

export type QuizMode = "practice" | "exam";

/** Where a question came from, for "source" links in feedback and results. */
export interface QuestionSource {
  cardId: string;
  noteId: string;
  noteTitle?: string;
  notePath?: string;
  line?: number;
}

interface QuestionBase {
  /** Stable within a quiz: `q1`, `q2`, … in quiz order. */
  id: string;
  /** 0-based position in the quiz. */
  index: number;
  cardId: string;
  subject: string | null;
  tags: readonly string[];
  source: QuestionSource;
  /** Text shown to the student: the card's front, or the cloze sentence with `____` as the blank. */
  prompt: string;
}

/** Pick one of `options`; `correctOption` is the index of the right one. */
export interface MultipleChoiceQuestion extends QuestionBase {
  type: "multiple-choice";
  options: readonly string[];
  correctOption: number;
  expected: string;
}

/**
 * Pick every right option ("Choose two." on AWS exams); right only when exactly the `correctOptions` are
 * picked. Built by mock exams from two cards of one domain (see lib/exams/mock.ts).
 */
export interface MultipleResponseQuestion extends QuestionBase {
  type: "multiple-response";
  options: readonly string[];
  /** Indices of the right options, ascending. */
  correctOptions: readonly number[];
  /** The right options' texts, joined with " · " (for results). */
  expected: string;
}

/** Type the answer; graded with `matchAnswer`. */
export interface TypedQuestion extends QuestionBase {
  type: "typed";
  expected: string;
  /** Set for numeric answers: graded by distance from `value`, not by text. Never sent to the browser. */
  numeric?: NumericAnswer;
}

/** Fill the blank (`____`) in `prompt`; graded with `matchAnswer`. */
export interface ClozeQuestion extends QuestionBase {
  type: "cloze";
  expected: string;
}

/** Is `statement` true? False statements swap a distractor in for the right value. */
export interface TrueFalseQuestion extends QuestionBase {
  type: "true-false";
  statement: string;
  correct: boolean;
  /** The card's real answer, shown after grading. */
  expected: string;
}

export type Question =
  | MultipleChoiceQuestion
  | MultipleResponseQuestion
  | TypedQuestion
  | ClozeQuestion
  | TrueFalseQuestion;

/** A built quiz. It contains the answers: send `toPublicQuestion(q)` to the browser, not `q`. */
export interface Quiz {
  mode: QuizMode;
  seed: number;
  /** `null` means untimed (practice mode without a limit). */
  timeLimitSeconds: number | null;
  /** The count asked for; `questions.length` may be smaller when fewer cards were selected. */
  requestedCount: number;
  questions: readonly Question[];
}

/**
 * A student's response: the option index for multiple choice, the option indices for multiple response, `true`/`false` for true-false, the typed
 * text for typed and cloze questions, `null` when skipped.
 */
export type QuizResponse = number | boolean | string | readonly number[] | null;

/** One answer as kept by the server. Later answers to the same question replace earlier ones. */
export interface QuizAnswer {
  questionId: string;
  response: QuizResponse;
  /** Time spent on the question in milliseconds (summed over visits). */
  timeMs?: number;
  /** When the answer was saved; answers after the exam deadline (plus grace) are ignored. */
  answeredAt?: Date;
  /** The student's "I was right" override of a typed or cloze answer graded wrong. */
  override?: boolean;
  flagged?: boolean;
}

/** A part of an answer diff: `same` text, text `added` by the expected answer, or `removed` (typed extra). */
export interface DiffSegment {
  type: "same" | "added" | "removed";
  text: string;
}
