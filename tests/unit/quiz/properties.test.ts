import fc from "fast-check";
import { expect, test } from "vitest";
import { chooseDistractors, createRng, isSameAnswer, matchAnswer, type QuizCard } from "@/lib/quiz";

const answerText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom("15분", "Amazon SQS", "람다 함수", "1,000", "API Gateway", "서버리스", "128 MB", "예"),
);

test("every answer with a letter or digit matches itself", () => {
  fc.assert(
    fc.property(answerText, (text) => {
      fc.pre(/[\p{L}\p{N}]/u.test(text));
      expect(matchAnswer(text, text).correct).toBe(true);
    }),
  );
});

test("diff segments rebuild both texts", () => {
  fc.assert(
    fc.property(answerText, answerText, (given, expected) => {
      const { diff } = matchAnswer(given, expected);
      const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
      const side = (skip: string) =>
        diff
          .filter((s) => s.type !== skip)
          .map((s) => s.text)
          .join("");
      expect(side("added")).toBe(clean(given));
      expect(side("removed").toLowerCase()).toBe(clean(expected).toLowerCase());
    }),
  );
});

const services = [
  "Amazon SQS",
  "Amazon SNS",
  "AWS Lambda",
  "Amazon S3",
  "S3",
  "Amazon Kinesis",
  "API Gateway",
  "DynamoDB",
  "Dynamo DB",
  "amazon  sqs",
  "Amazon SQS.",
];
const times = ["15분", "15 minutes", "900초", "5분", "5 min", "1시간", "60 minutes", "30초", "3초", "14일"];

test("chosen distractors are never the right answer reworded, nor each other", () => {
  const pools = fc.uniqueArray(fc.constantFrom(...services, ...times), { minLength: 2, maxLength: 12 });
  fc.assert(
    fc.property(pools, fc.integer(), (answers, seed) => {
      const cards: QuizCard[] = answers.map((back, i) => ({
        id: `c${i}`,
        noteId: "n",
        subject: "AWS",
        tags: [],
        type: "qa",
        front: `q${i}`,
        back,
      }));
      const target = cards[0]!;
      const picked = chooseDistractors(target, cards, createRng(seed), 5);
      for (const [i, a] of picked.entries()) {
        expect(isSameAnswer(a, target.back)).toBe(false);
        for (const b of picked.slice(i + 1)) expect(isSameAnswer(a, b)).toBe(false);
      }
    }),
  );
});
