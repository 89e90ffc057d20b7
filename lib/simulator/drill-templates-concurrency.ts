/** Drill templates on concurrency, cold starts and scaling. */
import { f, n, noCold, pick, type DrillSpec } from "./drill-kit";
import type { Rng } from "./rng";

export const concurrencyTemplates = {
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
} satisfies Record<string, (rng: Rng) => DrillSpec>;
