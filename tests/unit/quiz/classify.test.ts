import { expect, test } from "vitest";
import { classifyAnswer, detectLanguage, profileAnswer } from "@/lib/quiz";

test.each([
  ["15분", "number-with-unit"],
  ["128 MB", "number-with-unit"],
  ["10,240 MB", "number-with-unit"],
  ["약 15분", "number-with-unit"],
  ["up to 15 minutes", "number-with-unit"],
  ["$0.20", "number-with-unit"],
  ["99.99%", "number-with-unit"],
  ["1000", "number"],
  ["1,000개", "number"],
  ["3.5", "number"],
  ["Amazon SQS", "service-name"],
  ["API Gateway", "service-name"],
  ["DynamoDB", "service-name"],
  ["Kinesis Data Firehose", "service-name"],
  ["AWS Key Management Service", "service-name"],
  ["S3", "service-name"],
  ["예", "boolean"],
  ["True", "boolean"],
  ["아니요", "boolean"],
  ["람다", "short-phrase"],
  ["서버를 관리할 필요가 없음", "short-phrase"],
  ["event-driven compute", "short-phrase"],
  ["Lambda functions scale automatically with incoming requests up to the account limit", "long-text"],
  ["서버리스란 서버가 없는 게 아니라 서버가 보이지 않거나 서버를 프로비저닝 하지 않는 것", "long-text"],
])("%s is %s", (text, kind) => {
  expect(classifyAnswer(text)).toBe(kind);
});

test("language is Korean when Hangul appears", () => {
  expect(["15분", "S3 버킷", "Lambda", "15 min"].map(detectLanguage)).toEqual(["ko", "ko", "en", "en"]);
});

test("profile carries the unit dimension", () => {
  expect(profileAnswer("15분")).toEqual({ kind: "number-with-unit", language: "ko", dimension: "time" });
  expect(profileAnswer("128 MB")).toEqual({ kind: "number-with-unit", language: "en", dimension: "data" });
  expect(profileAnswer("Amazon SQS").dimension).toBeNull();
});
