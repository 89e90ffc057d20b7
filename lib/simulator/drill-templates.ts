/**
 * Parameterised drill templates. Each picks parameters with a seeded generator, builds a scenario,
 * and reads the answer from the simulation result, so the right answer is what the engine computes.
 */
import type { Bilingual } from "./presets";
import type { Rng } from "./rng";
import type { ScenarioInput } from "./scenario";
import type { SimulationResult } from "./types";

export type DrillTemplateId =
  | "reserved-throttle"
  | "spike-cold-starts"
  | "little-concurrency"
  | "async-dlq"
  | "sqs-drain"
  | "memory-cost"
  | "scaling-time";

/** Absolute and relative tolerance: an answer is right when |given − expected| ≤ max(absolute, relative·|expected|). */
export interface Tolerance {
  relative: number;
  absolute: number;
}

export interface DrillSpec {
  question: Bilingual;
  unit: Bilingual;
  tolerance: Tolerance;
  scenario: ScenarioInput;
  answerOf: (r: SimulationResult) => number;
  explain: (r: SimulationResult, answer: number) => Bilingual;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
const f = (r: SimulationResult) => {
  const x = r.byFunction.f;
  if (x === undefined) throw new Error("drill scenario must have a function named f");
  return x;
};
const n = (x: number, d = 1) => (Math.round(x * 10 ** d) / 10 ** d).toLocaleString("en-US");
const noCold = { dist: "fixed" as const, value: 0 };

export const TEMPLATES: Record<DrillTemplateId, (rng: Rng) => DrillSpec> = {
  "reserved-throttle": (rng) => {
    const reserved = pick(rng, [20, 30, 50, 80, 100]);
    const d = pick(rng, [0.5, 1, 2]);
    const rate = Math.round((reserved / d) * pick(rng, [1.2, 1.5, 1.6, 2]));
    return {
      question: {
        en: `Reserved concurrency ${reserved}, ${rate} requests/s (evenly spaced) of ${d}-second synchronous calls: about how many requests per second are throttled?`,
        ko: `예약 동시성 ${reserved}, ${d}초짜리 동기 호출이 초당 ${rate}개(균등 간격) 들어옵니다. 초당 약 몇 개의 요청이 스로틀될까요?`,
      },
      unit: { en: "requests/s", ko: "요청/초" },
      tolerance: { relative: 0.1, absolute: 1 },
      scenario: {
        durationSeconds: 60,
        functions: [
          {
            name: "f",
            memoryMb: 512,
            timeoutSeconds: 30,
            reservedConcurrency: reserved,
            durationMs: { dist: "fixed", value: d * 1000 },
            coldStartMs: noCold,
            arrivals: { process: "constant", ratePerSecond: rate },
          },
        ],
      },
      answerOf: (r) => f(r).throttled / r.durationSeconds,
      explain: (r, a) => ({
        en: `The run throttled ${n(f(r).throttled, 0)} of ${n(f(r).requests, 0)} requests in 60 s = ${n(a)}/s. ${reserved} environments each finish 1/${d} requests per second, so ${n(reserved / d)} run per second and ${rate} − ${n(reserved / d)} = ${n(rate - reserved / d)} are throttled.`,
        ko: `실행 결과 60초 동안 요청 ${n(f(r).requests, 0)}개 중 ${n(f(r).throttled, 0)}개가 스로틀되어 초당 ${n(a)}개입니다. 환경 ${reserved}개가 초당 ${n(reserved / d)}개를 처리하므로 ${rate} − ${n(reserved / d)} = ${n(rate - reserved / d)}개가 스로틀됩니다.`,
      }),
    };
  },
  "spike-cold-starts": (rng) => {
    const pc = pick(rng, [50, 100]);
    const spike = pick(rng, [200, 300, 400]);
    const ms = pick(rng, [200, 300, 500]);
    return {
      question: {
        en: `A function with ${pc} provisioned concurrency serves 5 requests/s; at t = 10 s traffic jumps to ${spike} requests/s (Poisson) of ${ms} ms calls. How many cold starts happen in the first minute of the spike?`,
        ko: `프로비저닝된 동시성 ${pc}인 함수가 초당 5개 요청을 처리하다가, 10초에 ${ms} ms짜리 요청이 초당 ${spike}개(포아송)로 급증합니다. 급증 후 첫 1분 동안 콜드 스타트는 몇 번 일어날까요?`,
      },
      unit: { en: "cold starts", ko: "회" },
      tolerance: { relative: 0.2, absolute: 5 },
      scenario: {
        durationSeconds: 70,
        functions: [
          {
            name: "f",
            memoryMb: 1024,
            timeoutSeconds: 10,
            provisionedConcurrency: pc,
            durationMs: { dist: "lognormal", mean: ms, sd: ms / 4 },
            coldStartMs: { dist: "lognormal", mean: 500, sd: 150 },
            arrivals: { process: "spike", baseRate: 5, spikeRate: spike, atSecond: 10, durationSeconds: 60 },
          },
        ],
      },
      answerOf: (r) => (f(r).timeline?.coldStarts ?? []).slice(10, 70).reduce((s, x) => s + x, 0),
      explain: (r, a) => ({
        en: `Demand is about ${spike} × ${ms / 1000} s = ${n((spike * ms) / 1000)} concurrent, plus ~0.5 s INIT per new environment. The first ${pc} run on provisioned environments; the run shows ${n(a, 0)} cold starts for the rest (peak concurrency ${f(r).peakConcurrency}).`,
        ko: `수요는 약 ${spike} × ${ms / 1000}초 = 동시 ${n((spike * ms) / 1000)}개이고, 새 환경마다 INIT 약 0.5초가 더해집니다. 처음 ${pc}개는 프로비저닝 환경에서 실행되고, 나머지에서 콜드 스타트 ${n(a, 0)}회가 발생했습니다(최대 동시성 ${f(r).peakConcurrency}).`,
      }),
    };
  },
  "little-concurrency": (rng) => {
    const rate = pick(rng, [50, 100, 200, 400]);
    const ms = pick(rng, [100, 250, 500, 1200]);
    return {
      question: {
        en: `${rate} requests/s arrive (Poisson) and each runs ${ms} ms on average. What is the average concurrency?`,
        ko: `초당 ${rate}개 요청이 (포아송으로) 도착하고 각각 평균 ${ms} ms 실행됩니다. 평균 동시성은 얼마일까요?`,
      },
      unit: { en: "concurrent executions", ko: "동시 실행" },
      tolerance: { relative: 0.05, absolute: 1 },
      scenario: {
        durationSeconds: 300,
        functions: [
          {
            name: "f",
            memoryMb: 512,
            timeoutSeconds: 60,
            durationMs: { dist: "lognormal", mean: ms, sd: ms / 2 },
            coldStartMs: noCold,
            arrivals: { process: "poisson", ratePerSecond: rate },
          },
        ],
      },
      answerOf: (r) => f(r).meanConcurrency,
      explain: (r, a) => ({
        en: `Little's law: concurrency = rate × duration = ${rate} × ${ms / 1000} s = ${n((rate * ms) / 1000)}. The run measured ${n(a)} (peak ${f(r).peakConcurrency}).`,
        ko: `리틀의 법칙: 동시성 = 도착률 × 실행 시간 = ${rate} × ${ms / 1000}초 = ${n((rate * ms) / 1000)}. 실행 결과 평균 ${n(a)}(최대 ${f(r).peakConcurrency})입니다.`,
      }),
    };
  },
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
          en: `CPU share grows with memory up to 1 vCPU at 1,769 MB, so the run took ${n(dur, 0)} ms. ${mem / 1024} GB × ${n(dur / 1000, 3)} s × $0.0000166667 per GB-s + $0.20 per million requests = $${n(a, 2)} per million.`,
          ko: `CPU 몫은 1,769 MB에서 vCPU 1개가 될 때까지 메모리에 비례하므로 실행 시간은 ${n(dur, 0)} ms입니다. ${mem / 1024} GB × ${n(dur / 1000, 3)}초 × GB-초당 $0.0000166667 + 백만 요청당 $0.20 = 백만 건당 $${n(a, 2)}.`,
        };
      },
    };
  },
  "scaling-time": (rng) => {
    const rate = pick(rng, [200, 300, 400]);
    const target = rate * 10;
    return {
      question: {
        en: `A function with an account limit of 5,000 suddenly receives ${rate} requests/s of 10-second calls (needing ${target.toLocaleString("en-US")} concurrent). With today's scaling rate, after about how many seconds does its concurrency reach ${target.toLocaleString("en-US")}?`,
        ko: `계정 한도가 5,000인 함수에 10초짜리 요청이 갑자기 초당 ${rate}개(동시 ${target.toLocaleString("en-US")}개 필요) 들어옵니다. 현재의 확장 속도 규칙으로 약 몇 초 뒤에 동시성이 ${target.toLocaleString("en-US")}에 도달할까요?`,
      },
      unit: { en: "seconds", ko: "초" },
      tolerance: { relative: 0.1, absolute: 2 },
      scenario: {
        durationSeconds: 60,
        account: { concurrencyLimit: 5000 },
        functions: [
          {
            name: "f",
            memoryMb: 512,
            timeoutSeconds: 60,
            durationMs: { dist: "fixed", value: 10_000 },
            coldStartMs: noCold,
            arrivals: { process: "constant", ratePerSecond: rate },
          },
        ],
      },
      answerOf: (r) => {
        const c = f(r).timeline?.concurrency ?? [];
        const i = c.findIndex((x) => x >= target * 0.99);
        return i < 0 ? r.durationSeconds : i + 1;
      },
      explain: (r, a) => ({
        en: `Each function may add 1,000 environments at once and then 100 per second: 1,000 + 100·t = ${target} gives t = ${n((target - 1000) / 100, 0)} s. The run reached it after ${n(a, 0)} s, throttling ${f(r).throttledBy.scalingRate} requests on the way.`,
        ko: `함수마다 환경을 한 번에 1,000개, 이후 초당 100개씩 추가할 수 있습니다: 1,000 + 100·t = ${target}이면 t = ${n((target - 1000) / 100, 0)}초. 실행 결과 ${n(a, 0)}초 뒤에 도달했고, 그동안 요청 ${f(r).throttledBy.scalingRate}개가 스로틀되었습니다.`,
      }),
    };
  },
};
