import type { QuizCard } from "@/lib/quiz";

let next = 0;
/** A card with sensible defaults; ids are sequential unless given. */
export function card(front: string, back: string, extra: Partial<QuizCard> = {}): QuizCard {
  next += 1;
  return {
    id: `c${String(next).padStart(3, "0")}`,
    noteId: "n-lambda",
    noteTitle: "AWS Lambda",
    subject: "AWS",
    tags: ["lambda"],
    type: "qa",
    front,
    back,
    ...extra,
  };
}

/** An AWS deck mixing Korean and English, numbers with units, service names and phrases. */
export function awsDeck(): QuizCard[] {
  return [
    card("Lambda 최대 실행 시간", "15분", { id: "t1", type: "fact" }),
    card("SQS 기본 가시성 제한 시간", "30초", { id: "t2", type: "fact" }),
    card("SQS 최대 메시지 보존 기간", "14일", { id: "t3", type: "fact" }),
    card("Lambda 기본 제한 시간", "3초", { id: "t4", type: "fact" }),
    card("Cold start INIT phase limit", "10 seconds", { id: "t5", type: "fact" }),
    card("Lambda maximum memory", "10,240 MB", { id: "m1", tags: ["lambda", "limits"] }),
    card("Lambda minimum memory", "128 MB", { id: "m2", tags: ["lambda", "limits"] }),
    card("/tmp default size", "512 MB", { id: "m3", tags: ["lambda", "limits"] }),
    card("Deployment package limit (zipped)", "50 MB", { id: "m4", tags: ["lambda", "limits"] }),
    card("Serverless NoSQL database", "Amazon DynamoDB", { id: "s1", tags: ["database"] }),
    card("Managed message queue", "Amazon SQS", { id: "s2", tags: ["messaging"] }),
    card("Pub/sub notifications", "Amazon SNS", { id: "s3", tags: ["messaging"] }),
    card("User sign-in for apps", "Amazon Cognito", { id: "s4", tags: ["identity"] }),
    card("REST API front door", "API Gateway", { id: "s5", tags: ["api"] }),
    card("Object storage", "Amazon S3", { id: "s6", tags: ["storage"] }),
    card("Object storage, again", "S3", { id: "s7", tags: ["storage"] }), // a rewording of s6
    card("Also SQS", "Amazon  SQS.", { id: "s8", tags: ["messaging"] }), // a duplicate of s2
    card("Lambda는 서버리스인가?", "예", { id: "b1" }),
    card("서버리스의 뜻", "서버를 관리할 필요가 없음", { id: "p1" }),
    card("{{c1::Lambda}} runs code without servers", "Lambda", { id: "z1", type: "cloze" }),
    card("Default account concurrency per Region", "1,000", { id: "n1" }),
    card("Idle environment lifetime assumption", "600 s", { id: "t6", type: "fact", subject: "Simulator" }),
  ];
}
