import { describe, expect, test } from "vitest";
import { buildQuiz, diffAnswer, type Question, type QuizCard } from "@/lib/quiz";
import { answerOf, keyTermBlank, subjectOf } from "@/lib/quiz/answer-text";
import { card } from "./cards";

const definitions = (): QuizCard[] => [
  card("EventBridge란?", "EventBridge란 이벤트를 라우팅하는 서버리스 이벤트 버스이다", { id: "d1" }),
  card("SQS란?", "SQS는 완전 관리형 메시지 대기열 서비스이다", { id: "d2" }),
  card("SNS란?", "SNS: 게시/구독 방식의 알림 서비스", { id: "d3" }),
  card("Kinesis란?", "Kinesis - 실시간 스트리밍 데이터 수집 서비스", { id: "d4" }),
  card("What is Step Functions?", "Step Functions is a visual workflow service for apps", { id: "d5" }),
];

function only<T extends Question["type"]>(question: Question, type: T): Extract<Question, { type: T }> {
  expect(question.type).toBe(type);
  return question as Extract<Question, { type: T }>;
}

describe("subjects are not repeated in answers", () => {
  test.each([
    ["EventBridge란?", "EventBridge"],
    ["SQS이란?", "SQS"],
    ["람다는?", "람다"],
    ["What is Step Functions?", "Step Functions"],
    ["Amazon S3:", "Amazon S3"],
  ])("subject of %s is %s", (front, subject) => {
    expect(subjectOf(front)).toBe(subject);
  });

  test.each([
    ["EventBridge란?", "EventBridge란 서버리스 이벤트 버스이다", "서버리스 이벤트 버스이다"],
    ["SQS란?", "SQS는 메시지 대기열이다", "메시지 대기열이다"],
    ["SNS란?", "SNS: 알림 서비스", "알림 서비스"],
    ["Kinesis란?", "Kinesis - 스트리밍 서비스", "스트리밍 서비스"],
    ["What is Step Functions?", "Step Functions is a workflow service", "a workflow service"],
    ["X란?", "X (= 다른 이름)", "다른 이름"],
    ["EventBridge란?", "이벤트 버스", "이벤트 버스"],
    // Nothing would be left: the answer stays as it is.
    ["EventBridge란?", "EventBridge", "EventBridge"],
  ])("%s / %s → %s", (front, back, expected) => {
    expect(answerOf({ front, back })).toBe(expected);
  });

  test("no multiple-choice option starts with a question's subject", () => {
    const deck = definitions();
    const quiz = buildQuiz({
      cards: deck,
      mode: "practice",
      count: deck.length,
      seed: 3,
      questionTypes: ["multiple-choice"],
    });
    const subjects = ["EventBridge", "SQS", "SNS", "Kinesis", "Step Functions"];
    let asked = 0;
    for (const question of quiz.questions) {
      if (question.type !== "multiple-choice") continue;
      asked += 1;
      for (const option of question.options) {
        for (const subject of subjects) expect(option.startsWith(subject)).toBe(false);
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});

test("answers keep their list numbering, one item a line", () => {
  expect(answerOf({ front: "Lambda 호출 방식?", back: "1. 동기 호출\n2. 비동기 호출\n3.  이벤트 소스 매핑" })).toBe(
    "1. 동기 호출\n2. 비동기 호출\n3. 이벤트 소스 매핑",
  );
  const [question] = buildQuiz({
    cards: [card("Lambda 호출 방식?", "1. 동기 호출\n2. 비동기 호출", { id: "l1" })],
    mode: "practice",
    count: 1,
    seed: 1,
  }).questions;
  expect(question?.type === "typed" || question?.type === "cloze" ? question.expected : "").toContain(
    "1. 동기 호출\n2.",
  );
});

describe("fill-in questions blank a key term, never a whole sentence", () => {
  test.each([
    ["Lambda 함수의 최대 실행 시간은 15분이다", "15분"],
    ["S3 객체 하나는 최대 5 TB까지 저장할 수 있다", "5 TB"],
    ["A DynamoDB item can be at most 400 KB in size", "400 KB"],
    ["메시지를 보관하는 서비스는 **SQS**이다", "SQS"],
    ["Use `aws s3 cp` to copy files to a bucket", "aws s3 cp"],
  ])("%s → %s", (sentence, term) => {
    expect(keyTermBlank(sentence)?.term).toBe(term);
  });

  test("a plain sentence without a key term has no blank", () => {
    expect(keyTermBlank("서버를 관리할 필요가 없음")).toBeNull();
  });

  test("a cloze whose blank is a whole sentence asks for the key term inside it", () => {
    const [question] = buildQuiz({
      cards: [
        card("{{c1::Lambda 함수의 최대 실행 시간은 15분이다}}", "Lambda 함수의 최대 실행 시간은 15분이다", {
          id: "z",
          type: "cloze",
        }),
      ],
      mode: "practice",
      count: 1,
      seed: 1,
    }).questions;
    const cloze = only(question!, "cloze");
    expect(cloze.expected).toBe("15분");
    expect(cloze.prompt).toContain("Lambda 함수의 최대 실행 시간은 ____이다");
  });

  test("a long sentence answer becomes a fill-in over its number", () => {
    const [question] = buildQuiz({
      cards: [card("S3 prefix PUT 한도?", "S3는 prefix마다 초당 3,500개의 PUT 요청을 처리할 수 있다", { id: "p" })],
      mode: "practice",
      count: 1,
      seed: 1,
    }).questions;
    const cloze = only(question!, "cloze");
    expect(cloze.expected).toBe("3,500개");
    expect(cloze.prompt).toContain("S3 prefix PUT 한도?");
    expect(cloze.prompt).toContain("____");
  });

  test("a short cloze is asked as it is", () => {
    const [question] = buildQuiz({
      cards: [card("{{c1::Lambda}} runs code without servers", "Lambda", { id: "z", type: "cloze" })],
      mode: "practice",
      count: 1,
      seed: 1,
    }).questions;
    expect(only(question!, "cloze").expected).toBe("Lambda");
  });
});

describe("the answer diff works on words", () => {
  const rebuild = (segments: ReturnType<typeof diffAnswer>, drop: "added" | "removed") =>
    segments
      .filter((s) => s.type !== drop)
      .map((s) => s.text)
      .join("");

  test("an English misspelling marks the whole word", () => {
    expect(diffAnswer("simple queue servise", "Simple Queue Service")).toEqual([
      { type: "same", text: "simple queue " },
      { type: "removed", text: "servise" },
      { type: "added", text: "Service" },
    ]);
  });

  test("a Korean answer keeps shared words whole and a changed particle apart", () => {
    expect(diffAnswer("메시지 대기열은 서비스", "메시지 대기열이 관리형 서비스")).toEqual([
      { type: "same", text: "메시지 대기열" },
      { type: "removed", text: "은 " },
      { type: "added", text: "이 관리형 " },
      { type: "same", text: "서비스" },
    ]);
  });

  test("numbers and units are separate words", () => {
    expect(diffAnswer("16분", "15분")).toEqual([
      { type: "removed", text: "16" },
      { type: "added", text: "15" },
      { type: "same", text: "분" },
    ]);
  });

  test.each([
    ["Amazon simple queue servise", "Simple Queue Service (SQS)"],
    ["람다 함수는 최대 15분 실행된다", "Lambda 함수는 최대 900초 동안 실행된다"],
  ])("rebuilds both texts: %s / %s", (given, expected) => {
    const diff = diffAnswer(given, expected);
    expect(rebuild(diff, "added")).toBe(given);
    expect(rebuild(diff, "removed").toLowerCase()).toBe(expected.toLowerCase());
  });
});
