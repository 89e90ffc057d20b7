/**
 * Types of the note parser's output: exactly the `recall parse <file> --json` contract (issue 4).
 * Everything is plain JSON-serialisable data.
 */

/**
 * Where a card came from in the note. Explicit: cue, inline, multiline, cloze, highlight, table. Suggested
 * (`suggested: true`): heading, number, definition, list, comparison, term.
 */
export type CardOrigin =
  | "cue"
  | "inline"
  | "multiline"
  | "cloze"
  | "highlight"
  | "table"
  | "heading"
  | "number"
  | "definition"
  | "list"
  | "comparison"
  | "term";

/** `basic` shows front then back; `cloze` hides part of a text (front has `[...]`, back is the hidden text). */
export type CardType = "basic" | "cloze";

/** One card extracted from a note. `line` is 1-based in the original file. */
export interface ParsedCard {
  /** Stable id: a hash of origin + normalised front (+ a counter for duplicates); never line-based. */
  id: string;
  type: CardType;
  origin: CardOrigin;
  /** Markdown. */
  front: string;
  /** Markdown. */
  back: string;
  line: number;
  /** True for cards Recall proposes (heading, number, definition, list, comparison, term) that the user still has to accept. */
  suggested: boolean;
}

/** A Cornell cue question with its answer (Markdown, dedented). */
export interface ParsedCue {
  question: string;
  answer: string;
  line: number;
}

/** A problem found while parsing; the note is still parsed. */
export interface ParseWarning {
  line: number;
  message: string;
}

/** A note on its way from a vault, a zip or an upload through the parser into import: a relative path (with `/`) and its Markdown. */
export interface NoteFile {
  path: string;
  source: string;
}

/**
 * The 1/4/7/14-day review checkboxes students keep in frontmatter, as the parser reads them (`review` in
 * `cli parse --json`); `firstStudied` is the note's text, checked when a schedule is made from it.
 */
export interface ReviewState {
  /** `YYYY-MM-DD`. */
  firstStudied: string;
  checkpoints: Record<"1" | "4" | "7" | "14", boolean>;
  longTerm: boolean;
}

/** The result of `parseNote`. */
export interface ParsedNote {
  title: string;
  subject: string | null;
  tags: string[];
  /** `[[wikilink]]` targets (note names, without `|alias` or `#heading`), in order of first use. */
  links: string[];
  frontmatter: Record<string, unknown>;
  cues: ParsedCue[];
  cards: ParsedCard[];
  review: ReviewState | null;
  warnings: ParseWarning[];
}

/** Options of `parseNote`. */
export interface ParseOptions {
  /** The note's path (used for the title when there is no frontmatter title or H1). */
  path?: string;
  /** Headings that introduce cue-question sections (case-insensitive); defaults to `DEFAULT_CUE_HEADINGS`. */
  cueHeadings?: string[];
  /** Suggest cards for plain text (numbers, definitions, lists, comparisons, key terms); default true. */
  suggest?: boolean;
}

/** Headings that start a cue-question section unless `cueHeadings` says otherwise. */
export const DEFAULT_CUE_HEADINGS: readonly string[] = [
  "단서 질문",
  "단서",
  "질문",
  "cue questions",
  "cue question",
  "cues",
  "cue",
  "questions",
];
