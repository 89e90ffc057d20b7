/** Drill templates on async retries, SQS draining and cost. */
import { f, n, noCold, pick, type DrillSpec } from "./drill-kit";
import type { Rng } from "./rng";

export const queueAndCostTemplates = {
  "async-dlq": (rng) => {
    const rate = pick(rng, [10, 20, 50]);
    const e = pick(rng, [0.2, 0.3, 0.5]);
    return {
      question: {
        en: `An asynchronously invoked function fails ${e * 100}% of invocations at random. ${rate * 60} events arrive in a minute; retries are left at the default and a dead-letter queue is configured. About how many events end in the DLQ?`,
        ko: `비동기로 호출되는 함수가 무작위로 ${e * 100}% 실패합니다. 1분 동안 이벤트 ${rate * 60}개가 도착하고, 재시도는 기본값이며 DLQ가 설정되어 있습니다. 약 몇 개의 이벤트가 DLQ로 갈까요?`,
      },
      unit: { en: "events", ko: "개" },
      tolerance: { relative: 0.25, absolute: 4 },
      scenario: {
        durationSeconds: 60,
        functions: [
          {
            name: "f",
            memoryMb: 256,
            timeoutSeconds: 10,
            invocation: "async",
            errorRate: e,
            durationMs: { dist: "fixed", value: 200 },
            arrivals: { process: "constant", ratePerSecond: rate },
            async: { deadLetterQueue: true },
          },
        ],
      },
      answerOf: (r) => f(r).deadLettered,
      explain: (r, a) => ({
        en: `Two retries mean three attempts; an event reaches the DLQ only if all fail: ${rate * 60} × ${e}³ = ${n(rate * 60 * e ** 3)}. The run sent ${n(a, 0)} (after ${f(r).retries} retries).`,
        ko: `재시도 2회면 시도는 3번이고, 모두 실패해야 DLQ로 갑니다: ${rate * 60} × ${e}³ = ${n(rate * 60 * e ** 3)}. 실행 결과 ${n(a, 0)}개(재시도 ${f(r).retries}회)였습니다.`,
      }),
    };
  },
  "sqs-drain": (rng) => {
    const backlog = pick(rng, [5000, 10_000, 20_000]);
    const batch = pick(rng, [5, 10]);
    const ms = pick(rng, [500, 1000]);
    const maxC = pick(rng, [5, 10, 20]);
    const est = backlog / ((maxC * batch) / (ms / 1000));
    return {
      question: {
        en: `${backlog.toLocaleString("en-US")} messages wait in an SQS queue; nothing new arrives. The event source mapping has batch size ${batch} and maximum concurrency ${maxC}; each batch takes ${ms} ms. After how many seconds is the queue empty?`,
        ko: `SQS 대기열에 메시지 ${backlog.toLocaleString("en-US")}개가 있고 새 메시지는 없습니다. 이벤트 소스 매핑의 배치 크기는 ${batch}, 최대 동시성은 ${maxC}이며 배치 하나에 ${ms} ms가 걸립니다. 몇 초 뒤에 대기열이 빌까요?`,
      },
      unit: { en: "seconds", ko: "초" },
      tolerance: { relative: 0.1, absolute: 2 },
      scenario: {
        durationSeconds: Math.ceil(est * 1.5 + 30),
        functions: [
          {
            name: "f",
            memoryMb: 512,
            timeoutSeconds: 30,
            invocation: "sqs",
            durationMs: { dist: "fixed", value: ms },
            coldStartMs: noCold,
            arrivals: { process: "constant", ratePerSecond: 0 },
            sqs: { batchSize: batch, maximumConcurrency: maxC, visibilityTimeoutSeconds: 180, initialBacklog: backlog },
          },
        ],
      },
      answerOf: (r) => f(r).sqs?.drainedAtSecond ?? r.simulatedSeconds,
      explain: (r, a) => ({
        en: `${maxC} concurrent batches × ${batch} messages per ${ms / 1000} s = ${n((maxC * batch) / (ms / 1000))} messages/s, so ${backlog} take about ${n(est)} s. The run drained at ${n(a)} s in ${f(r).invocations} batches.`,
        ko: `동시 배치 ${maxC}개 × 배치당 ${batch}개 ÷ ${ms / 1000}초 = 초당 ${n((maxC * batch) / (ms / 1000))}개이므로 ${backlog}개는 약 ${n(est)}초가 걸립니다. 실행 결과 배치 ${f(r).invocations}개로 ${n(a)}초에 비었습니다.`,
      }),
    };
  },
  "memory-cost": (rng) => {
    const mem = pick(rng, [1024, 1769, 3008]);
    const ms = pick(rng, [400, 800, 1200]);
    return {
      question: {
        en: `A CPU-bound, single-threaded function takes ${ms} ms at 512 MB. What does one million invocations cost at ${mem} MB (x86, requests included, no free tier)?`,
        ko: `CPU 집약적인 단일 스레드 함수가 512 MB에서 ${ms} ms 걸립니다. ${mem} MB에서 호출 백만 건의 비용은 얼마일까요(x86, 요청 요금 포함, 프리 티어 없음)?`,
      },
      unit: { en: "US dollars", ko: "달러" },
      tolerance: { relative: 0.05, absolute: 0.01 },
      scenario: {
        durationSeconds: 100,
        functions: [
          {
            name: "f",
            memoryMb: mem,
            timeoutSeconds: 30,
            durationMs: { dist: "fixed", value: ms },
            durationMeasuredAtMemoryMb: 512,
            cpuBoundFraction: 1,
            coldStartMs: noCold,
            arrivals: { process: "constant", ratePerSecond: 10 },
          },
        ],
      },
      answerOf: (r) => (f(r).cost.total / Math.max(1, f(r).invocations)) * 1e6,
      explain: (r, a) => {
        const dur = f(r).latencyMs.p50 ?? 0;
        return {
          en: `CPU share grows with memory up to 1 vCPU at 1,769 MB, so the run took ${n(dur, 0)} ms. ${n(mem / 1024, 3)} GB × ${n(dur / 1000, 3)} s × $0.0000166667 per GB-s + $0.20 per million requests = $${n(a, 2)} per million.`,
          ko: `CPU 몫은 1,769 MB에서 vCPU 1개가 될 때까지 메모리에 비례하므로 실행 시간은 ${n(dur, 0)} ms입니다. ${n(mem / 1024, 3)} GB × ${n(dur / 1000, 3)}초 × GB-초당 $0.0000166667 + 백만 요청당 $0.20 = 백만 건당 $${n(a, 2)}.`,
        };
      },
    };
  },
} satisfies Record<string, (rng: Rng) => DrillSpec>;
