/**
 * Types of the exam domain: exam profiles (as data), domain allocation, scaled scores and the readiness
 * forecast. Plain JSON-serialisable values, so a user-defined exam can be stored as-is.
 */

/** A text in both UI languages. */
export interface LocalizedText {
  en: string;
  ko: string;
}

/** One content domain of an exam guide. */
export interface ExamDomain {
  /** Stable within its exam: the domain's number in the guide ("1", "2", …) or a custom exam's own id. */
  id: string;
  name: LocalizedText;
  /** Percent of the scored content; an exam's weights sum to 100. */
  weight: number;
  /** Lower-case words that suggest a note belongs here (for the mapping page's suggestions). */
  keywords: readonly string[];
}

/** Everything the app needs to know about one exam version. */
export interface ExamProfile {
  /** Exam code, e.g. `SAA-C03`; custom exams use `custom:<id>`. */
  code: string;
  /** A custom exam's own short code (`CKA`), shown instead of `code`. */
  label?: string;
  name: LocalizedText;
  domains: readonly ExamDomain[];
  /** Questions that count toward the score. */
  scoredQuestions: number;
  /** Trial questions mixed in and not marked (AWS: 15). */
  unscoredQuestions: number;
  minutes: number;
  scale: { min: number; max: number };
  /** Lowest passing scaled score (on `scale`). */
  passingScore: number;
  /** The official exam guide the numbers were checked against; null for a user's own exam. */
  source: string | null;
  /** A version AWS has replaced; still selectable for students on an older course. */
  retired: boolean;
  /** Code of the version that replaced this one. */
  replacedBy?: string;
}

/** Total questions on the real exam (scored + unscored). */
export const totalQuestions = (profile: Pick<ExamProfile, "scoredQuestions" | "unscoredQuestions">) =>
  profile.scoredQuestions + profile.unscoredQuestions;

/** The code to show people: a custom exam's own short code, else the exam code. */
export const examLabel = (profile: Pick<ExamProfile, "code" | "label">) => profile.label ?? profile.code;
