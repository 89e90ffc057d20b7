import { AppError } from "@/lib/errors";
import {
  buildQuiz,
  chooseDistractors,
  cleanText,
  createRng,
  type MultipleResponseQuestion,
  type Question,
  type Quiz,
  type QuizCard,
  type QuizRng,
  shuffled,
} from "@/lib/quiz";
import { allocateQuestions } from "./allocate";
import { type ExamProfile, totalQuestions } from "./types";

/** A card with the exam domain it was mapped to. */
export interface MockCard extends QuizCard {
  domainId: string;
}

/** About one question in five is "choose two" when a domain has spare cards (AWS does not publish the share). */
export const MULTIPLE_RESPONSE_SHARE = 0.2;
const WRONG_OPTIONS = 3;

export interface MockExamInput {
  profile: Pick<ExamProfile, "domains" | "minutes" | "scoredQuestions" | "unscoredQuestions">;
  cards: readonly MockCard[];
  /** Other cards of the user, for distractors only. */
  distractorPool?: readonly QuizCard[];
  /** Defaults to the real exam's length (scored + unscored). */
  count?: number;
  /** Defaults to the real exam's time, shortened in proportion for a shorter mock (50 of 65 → 100 of 130 min). */
  minutes?: number;
  seed: number;
}

export interface MockExam {
  quiz: Quiz;
  /** Question id → domain id. */
  questionDomains: Record<string, string>;
  /** Questions per domain, in the profile's domain order. */
  allocation: { domainId: string; questions: number }[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** "Lambda max timeout?" + "15분" → "Lambda max timeout: 15분". */
function statement(front: string, claim: string): string {
  return `${cleanText(front).replace(/[\s:?？]+$/u, "")}: ${claim}`;
}

/**
 * A "choose two" question from two cards of one domain: both cards' true statements among three false ones
 * (each card's front with a distractor answer). Null when the pool has too few distractors.
 */
function multipleResponse(a: QuizCard, b: QuizCard, pool: readonly QuizCard[], rng: QuizRng): Question | null {
  if (a.numeric || b.numeric) return null;
  const wrongA = chooseDistractors(a, pool, rng, 2).map((d) => statement(a.front, d));
  const wrongB = chooseDistractors(b, pool, rng, WRONG_OPTIONS - wrongA.length).map((d) => statement(b.front, d));
  const wrong = [...wrongA, ...wrongB];
  if (wrong.length < WRONG_OPTIONS) return null;
  const right = [statement(a.front, cleanText(a.back)), statement(b.front, cleanText(b.back))];
  const options = shuffled([...right, ...wrong], rng);
  const correctOptions = right.map((r) => options.indexOf(r)).sort((x, y) => x - y);
  const question: MultipleResponseQuestion = {
    id: "",
    index: 0,
    type: "multiple-response",
    cardId: a.id,
    subject: a.subject,
    tags: a.tags,
    source: { cardId: a.id, noteId: a.noteId, noteTitle: a.noteTitle, notePath: a.notePath, line: a.line },
    prompt: "",
    options,
    correctOptions,
    expected: right.join(" · "),
  };
  return question;
}

/**
 * Builds a mock exam shaped like the real one: questions per domain by largest remainder over the guide's
 * weights (a domain with too few cards gives its share to the others), about one in five of a domain's
 * questions "choose two" where it has spare cards and distractors, the rest asked as `buildQuiz` would,
 * all mixed in a seeded order. Timed: the exam's minutes, in proportion for a shorter mock. Pure.
 *
 * @throws AppError("INVALID_INPUT") when no card is mapped to any domain of the exam.
 */
export function buildMockExam(input: MockExamInput): MockExam {
  const { profile } = input;
  const byDomain = new Map(profile.domains.map((d) => [d.id, [] as MockCard[]]));
  for (const card of [...input.cards].sort(byId)) byDomain.get(card.domainId)?.push(card);
  const available = [...byDomain.values()].reduce((n, cards) => n + cards.length, 0);
  if (available === 0)
    throw new AppError("INVALID_INPUT", "No cards are mapped to this exam's domains yet.", {
      reason: "no-mapped-cards",
    });
  const wanted = input.count ?? totalQuestions(profile);
  const counts = allocateQuestions(
    profile.domains.map((d) => ({ id: d.id, weight: d.weight, capacity: byDomain.get(d.id)?.length ?? 0 })),
    wanted,
  );
  const rng = createRng(input.seed);
  const built: { question: Question; domainId: string }[] = [];
  profile.domains.forEach((domain, k) => {
    const n = counts[k] ?? 0;
    if (n === 0) return;
    const mine = byDomain.get(domain.id) ?? [];
    // Distractors from the same domain (more plausible, and it bounds the pairwise rewording checks).
    const pool = [...mine, ...(input.distractorPool ?? [])];
    const cards = shuffled(mine, rng);
    const spare = cards.length - n;
    let multiples = Math.min(Math.floor(n * MULTIPLE_RESPONSE_SHARE), Math.max(0, spare));
    const singles: QuizCard[] = [];
    let next = 0;
    for (let q = 0; q < n; q++) {
      const a = cards[next];
      const b = cards[next + 1];
      if (!a) break;
      const pair = multiples > 0 && b ? multipleResponse(a, b, pool, rng) : null;
      if (pair) {
        built.push({ question: pair, domainId: domain.id });
        multiples--;
        next += 2;
      } else {
        singles.push(a);
        next += 1;
      }
    }
    if (singles.length > 0) {
      const quiz = buildQuiz({
        cards: singles,
        distractorPool: pool,
        mode: "exam",
        count: singles.length,
        seed: rng.int(0, 2 ** 31 - 1),
      });
      for (const question of quiz.questions) built.push({ question, domainId: domain.id });
    }
  });
  const ordered = shuffled(built, rng).map(({ question, domainId }, index) => ({
    question: { ...question, id: `q${index + 1}`, index },
    domainId,
  }));
  const questions = ordered.map((o) => o.question);
  const minutes =
    input.minutes ?? Math.max(1, Math.round((profile.minutes * questions.length) / totalQuestions(profile)));
  return {
    quiz: { mode: "exam", seed: input.seed, timeLimitSeconds: minutes * 60, requestedCount: wanted, questions },
    questionDomains: Object.fromEntries(ordered.map((o) => [o.question.id, o.domainId])),
    allocation: profile.domains.map((d, k) => ({ domainId: d.id, questions: counts[k] ?? 0 })),
  };
}

/** The contract's question type: "multiple" for choose-two, "single" for everything with one answer. */
export const mockQuestionType = (question: Pick<Question, "type">): "single" | "multiple" =>
  question.type === "multiple-response" ? "multiple" : "single";
