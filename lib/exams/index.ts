/** Exam domain: AWS exam profiles as data, weighting, scaled scores and the readiness forecast. See docs/exams.md. */
export * from "./types";
export { allocateQuestions, type AllocationInput } from "./allocate";
export { type CustomExamDefinition, customExamProfile, examNamedBy } from "./custom-exam";
export {
  type DomainMappingRule,
  domainOfNote,
  frontmatterExam,
  type NoteForMapping,
  resolveDomain,
  suggestDomain,
} from "./domains";
export {
  type BeforeExamCandidate,
  type BeforeExamQueue,
  beforeExamDaysLeft,
  DEFAULT_BEFORE_EXAM_DAYS,
  MAX_BEFORE_EXAM_DAYS,
  selectBeforeExamQueue,
} from "./before-exam";
export { retrievabilityOn } from "./forecast";
export { EXAM_PROFILES, findExamProfile } from "./profiles";
export { type DomainEvidence, type DomainReadiness, GUESS_RATE, predictReadiness, type Readiness } from "./readiness";
export { passFraction, scaledScore } from "./scaled-score";
export {
  buildMockExam,
  type MockCard,
  type MockExam,
  type MockExamInput,
  MULTIPLE_RESPONSE_SHARE,
  mockQuestionType,
} from "./mock";
export { type DomainScore, type MockResult, mockResult } from "./mock-result";
