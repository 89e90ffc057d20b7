/** Quiz domain: pure, framework-free, seeded. See docs/quiz.md. */
export * from "./types";
export { type AnswerProfile, classifyAnswer, profileAnswer } from "./classify";
export { buildQuiz, type BuildQuizInput, CLOZE_BLANK, clozePrompt, DEFAULT_EXAM_SECONDS_PER_QUESTION } from "./build";
export { diffAnswer } from "./diff";
export { chooseDistractors, distractorCandidates, isSameAnswer } from "./distractors";
export { gradeQuestion, type PublicQuestion, type QuestionGrade, toPublicQuestion, validPicks } from "./grade";
export { type AnswerMatch, isAccepted, type MatchReason, matchAnswer, typoTolerance } from "./match";
export { cleanText, detectLanguage, parseBoolean } from "./normalize";
export {
  chooseQuestionType,
  eligibleQuestionTypes,
  MULTIPLE_CHOICE_DISTRACTORS,
  type QuestionTypeOptions,
} from "./question-type";
export { createRng, type QuizRng, shuffled } from "./random";
export {
  type Breakdown,
  type QuestionResult,
  type QuizScore,
  type ScheduleEffects,
  type ScheduleInput,
  type ScoreOptions,
  scheduleEffects,
  scoreQuiz,
} from "./score";
export { DEFAULT_GRACE_SECONDS, deadlineOf, isLate, remainingSeconds, timeSpentMs } from "./timer";
