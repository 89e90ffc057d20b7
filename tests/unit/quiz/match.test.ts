import { describe, expect, test } from "vitest";
import { diffAnswer, matchAnswer, typoTolerance } from "@/lib/quiz";

describe("matchAnswer accepts", () => {
  test.each([
    // given, expected, reason
    ["Lambda", "Lambda", "exact"],
    ["  lambda ", "Lambda", "normalized"],
    ["LAMBDA!", "Lambda", "normalized"],
    ["API gateway", "API Gateway", "normalized"],
    ["DynamoDB", "Amazon DynamoDB", "normalized"],
    ["aws lambda", "Lambda", "normalized"],
    ["the event loop", "Event loop", "normalized"],
    ["1000", "1,000", "normalized"],
    ["1,000개", "1000", "normalized"],
    ["15 min", "15분", "normalized"],
    ["15 minutes", "15분", "normalized"],
    ["15분", "15 minutes", "normalized"],
    ["900 seconds", "15분", "normalized"],
    ["1 s", "1초", "normalized"],
    ["1초", "1 sec", "normalized"],
    ["10240MB", "10,240 MB", "normalized"],
    ["1 GB", "1,000 MB", "normalized"],
    ["15 퍼센트", "15%", "normalized"],
    ["$0.20", "0.2 USD", "normalized"],
    ["１５분", "15분", "normalized"], // full-width digits (NFKC)
    ["람다함수", "람다 함수", "spacing"],
    ["S3버킷", "S3 버킷", "normalized"], // number-unit spacing folds into the quantity
    ["서버 리스", "서버리스", "spacing"],
    ["이벤트소스 매핑", "이벤트 소스 매핑", "spacing"],
    ["Dynamo DB", "DynamoDB", "spacing"],
    ["람다 함수이다", "람다 함수", "particle"],
    ["서버리스는", "서버리스", "particle"],
    ["이벤트 소스를", "이벤트 소스", "particle"],
    ["15", "15분", "unit-omitted"],
    ["lamda", "Lambda", "typo"],
    ["Cognitto", "Cognito", "typo"],
    ["DynamoBD", "DynamoDB", "typo"],
    ["서버레스", "서버리스", "typo"],
    ["provisoned concurency", "provisioned concurrency", "typo"],
    ["yes", "예", "boolean"],
    ["O", "true", "boolean"],
    ["아니요", "No", "boolean"],
    ["SQS", "Simple Queue Service (SQS)", "exact"],
    ["simple queue service", "Simple Queue Service (SQS)", "normalized"],
    ["\u1105\u1161\u11b7\u1103\u1161", "람다", "exact"], // NFD jamo input equals the NFC syllables
  ])("%s for %s (%s)", (given, expected, reason) => {
    const result = matchAnswer(given, expected);
    expect(result.correct).toBe(true);
    expect(result.reason).toBe(reason);
    expect(result.score).toBeGreaterThan(0.7);
  });
});

describe("matchAnswer rejects", () => {
  test.each([
    ["16분", "15분"],
    ["15초", "15분"], // right number, wrong unit
    ["1500", "15,000"],
    ["1.5", "15"],
    ["S4", "Amazon S3"],
    ["IPv6", "IPv4"],
    ["EC3", "EC2"],
    ["SNS", "SQS"],
    ["synchronous", "asynchronous"],
    ["encrypt", "decrypt"],
    ["비동기", "동기"],
    ["동기", "비동기"],
    ["가용성", "내구성"],
    ["Kinesis", "Cognito"],
    ["no", "예"],
    ["", "Lambda"],
    ["   ", "Lambda"],
    ["람", "람다"],
    ["lambd function", "Lambda layer"],
    ["1024 MB", "1 GB"], // SI units only: 1 GB = 1000 MB
  ])("%s for %s", (given, expected) => {
    const result = matchAnswer(given, expected);
    expect(result.correct).toBe(false);
    expect(result.score).toBeLessThan(1);
  });
});

test("typo tolerance grows with the answer's length", () => {
  expect([1, 3, 4, 7, 8, 15, 16, 40].map(typoTolerance)).toEqual([0, 0, 1, 1, 2, 2, 2, 5]);
});

describe("diffAnswer", () => {
  test("marks missing and extra words, ignoring case", () => {
    expect(diffAnswer("aws lamda", "AWS Lambda")).toEqual([
      { type: "same", text: "aws " },
      { type: "removed", text: "lamda" },
      { type: "added", text: "Lambda" },
    ]);
    expect(diffAnswer("16분", "15분")).toEqual([
      { type: "removed", text: "16" },
      { type: "added", text: "15" },
      { type: "same", text: "분" },
    ]);
  });

  test("same + removed rebuilds the answer, same + added the expected text (up to case)", () => {
    const given = "Amazon simple queue servise";
    const expected = "Simple Queue Service (SQS)";
    const diff = diffAnswer(given, expected);
    expect(
      diff
        .filter((s) => s.type !== "added")
        .map((s) => s.text)
        .join(""),
    ).toBe(given);
    expect(
      diff
        .filter((s) => s.type !== "removed")
        .map((s) => s.text)
        .join("")
        .toLowerCase(),
    ).toBe(expected.toLowerCase());
  });

  test("long texts are compared word by word", () => {
    const long = "word ".repeat(400).trim();
    const diff = diffAnswer(long, `${long} extra`);
    expect(diff).toEqual([
      { type: "same", text: long },
      { type: "added", text: " extra" },
    ]);
  });

  test("is returned with every match", () => {
    expect(matchAnswer("15 min", "15분").diff.length).toBeGreaterThan(0);
  });
});
