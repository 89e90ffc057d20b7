/**
 * Presets matching what students study. Each has a bilingual title and explanation, a scenario,
 * and `explain(result)` that puts the run's own numbers into words.
 */
import type { ScenarioInput } from "./scenario";
import type { FunctionStats, SimulationResult } from "./types";

/** Text in English and Korean. */
export interface Bilingual {
  en: string;
  ko: string;
}

export interface Preset {
  id: string;
  title: Bilingual;
  explanation: Bilingual;
  scenario: ScenarioInput;
  /** Explains a run of `scenario` with its numbers. */
  explain: (result: SimulationResult) => Bilingual;
}

const n0 = (x: number) => Math.round(x).toLocaleString("en-US");
const n1 = (x: number) => (Math.round(x * 10) / 10).toLocaleString("en-US");
const usd = (x: number) => `$${x < 1 ? x.toFixed(4) : x.toFixed(2)}`;
const ms = (x: number | null) => (x === null ? "–" : `${n0(x)} ms`);
const fn = (r: SimulationResult, name: string): FunctionStats => {
  const f = r.byFunction[name];
  if (f === undefined) throw new Error(`preset result has no function "${name}"`);
  return f;
};
const sum = (xs: number[] | undefined, from: number, to: number) =>
  (xs ?? []).slice(from, to).reduce((s, x) => s + x, 0);

const coldStartStorm: Preset = {
  id: "cold-start-storm",
  title: { en: "Cold-start storm after a deploy", ko: "배포 직후 콜드 스타트 폭풍" },
  explanation: {
    en: "A deploy discards every warm environment. 1,000 requests/s of ~400 ms need about 400 concurrent executions, but each new environment first spends ~800 ms in INIT, so concurrency overshoots to the 1,000 account limit and requests are throttled before it settles.",
    ko: "배포하면 기존의 따뜻한(warm) 실행 환경이 모두 사라집니다. 약 400 ms짜리 요청이 초당 1,000개면 동시 실행 약 400개가 필요하지만, 새 환경마다 약 800 ms의 INIT을 먼저 거치므로 동시성이 계정 한도 1,000까지 치솟아 요청이 스로틀된 뒤에야 안정됩니다.",
  },
  scenario: {
    seed: 7,
    durationSeconds: 120,
    functions: [
      {
        name: "api",
        memoryMb: 1024,
        timeoutSeconds: 10,
        invocation: "sync",
        durationMs: { dist: "lognormal", mean: 400, sd: 150 },
        coldStartMs: { dist: "lognormal", mean: 800, sd: 300 },
        arrivals: { process: "poisson", ratePerSecond: 1000 },
      },
    ],
  },
  explain: (r) => {
    const f = fn(r, "api");
    const first = sum(f.timeline?.coldStarts, 0, 5);
    return {
      en: `${n0(f.coldStarts)} cold starts (${n0(first)} in the first 5 s), peak concurrency ${n0(f.peakConcurrency)} against a steady state of about ${n0(1000 * 0.4)}; ${n0(f.throttled)} requests throttled; p99 latency ${ms(f.latencyMs.p99)} while p50 is ${ms(f.latencyMs.p50)}.`,
      ko: `콜드 스타트 ${n0(f.coldStarts)}회(처음 5초에 ${n0(first)}회), 최대 동시성 ${n0(f.peakConcurrency)}(정상 상태 약 ${n0(1000 * 0.4)}); 스로틀된 요청 ${n0(f.throttled)}개; p50 지연 ${ms(f.latencyMs.p50)}, p99 지연 ${ms(f.latencyMs.p99)}.`,
    };
  },
};

const reservedThrottling: Preset = {
  id: "reserved-throttling",
  title: { en: "Reserved concurrency throttling a function", ko: "예약 동시성으로 인한 함수 스로틀링" },
  explanation: {
    en: "Reserved concurrency 50 is a cap as well as a guarantee. 80 requests/s of 1-second synchronous calls need 80 concurrent executions, so about 30 requests/s get HTTP 429.",
    ko: "예약 동시성 50은 보장인 동시에 상한입니다. 1초짜리 동기 호출이 초당 80개면 동시 실행 80개가 필요하므로 초당 약 30개가 HTTP 429를 받습니다.",
  },
  scenario: {
    seed: 1,
    durationSeconds: 60,
    functions: [
      {
        name: "api",
        memoryMb: 1024,
        timeoutSeconds: 30,
        reservedConcurrency: 50,
        invocation: "sync",
        durationMs: { dist: "fixed", value: 1000 },
        coldStartMs: { dist: "fixed", value: 0 },
        arrivals: { process: "constant", ratePerSecond: 80 },
      },
    ],
  },
  explain: (r) => {
    const f = fn(r, "api");
    const perSecond = f.throttled / r.durationSeconds;
    return {
      en: `${n0(f.requests)} requests, ${n0(f.invocations)} ran and ${n0(f.throttled)} were throttled: ${n1(perSecond)} per second (80 − 50 / 1 s = 30). Peak concurrency stayed at ${n0(f.peakConcurrency)}.`,
      ko: `요청 ${n0(f.requests)}개 중 ${n0(f.invocations)}개 실행, ${n0(f.throttled)}개 스로틀: 초당 ${n1(perSecond)}개(80 − 50 / 1초 = 30). 최대 동시성은 ${n0(f.peakConcurrency)}에 머물렀습니다.`,
    };
  },
};

const provisionedLaunch: Preset = {
  id: "provisioned-launch",
  title: { en: "Provisioned concurrency before a launch", ko: "출시 전 프로비저닝된 동시성" },
  explanation: {
    en: "Two copies of the same function meet a launch spike (10 → 300 requests/s of 300 ms at t = 30 s, about 90 concurrent). One has 100 provisioned environments initialised in advance, so the spike fits without cold starts; traffic above 100 would spill over to on-demand environments, which still cold-start.",
    ko: "같은 함수 두 개가 출시 트래픽 급증(30초에 초당 10 → 300개, 각 300 ms, 동시 약 90개)을 맞습니다. 하나는 미리 초기화된 프로비저닝 환경 100개가 있어 콜드 스타트 없이 급증을 받아내고, 100을 넘는 트래픽이 있다면 온디맨드 환경으로 넘어가 여전히 콜드 스타트를 겪습니다.",
  },
  scenario: {
    seed: 3,
    durationSeconds: 120,
    functions: ["onDemand", "provisioned"].map((name) => ({
      name,
      memoryMb: 1024,
      timeoutSeconds: 10,
      provisionedConcurrency: name === "provisioned" ? 100 : 0,
      invocation: "sync" as const,
      durationMs: { dist: "lognormal" as const, mean: 300, sd: 80 },
      coldStartMs: { dist: "lognormal" as const, mean: 600, sd: 200 },
      arrivals: { process: "spike" as const, baseRate: 10, spikeRate: 300, atSecond: 30, durationSeconds: 60 },
    })),
  },
  explain: (r) => {
    const a = fn(r, "onDemand");
    const b = fn(r, "provisioned");
    const spikeA = sum(a.timeline?.coldStarts, 30, 90);
    const spikeB = sum(b.timeline?.coldStarts, 30, 90);
    return {
      en: `During the spike the on-demand copy had ${n0(spikeA)} cold starts, the provisioned copy ${n0(spikeB)} (only demand above 100 can cold-start). p99: ${ms(a.latencyMs.p99)} vs ${ms(b.latencyMs.p99)}. Cost for the run: ${usd(a.cost.total)} vs ${usd(b.cost.total)}, of which ${usd(b.cost.provisioned)} is provisioned concurrency.`,
      ko: `급증 구간에서 온디맨드 함수는 콜드 스타트 ${n0(spikeA)}회, 프로비저닝 함수는 ${n0(spikeB)}회(100을 넘는 수요만 콜드 스타트 가능). p99: ${ms(a.latencyMs.p99)} 대 ${ms(b.latencyMs.p99)}. 비용: ${usd(a.cost.total)} 대 ${usd(b.cost.total)}(이 중 프로비저닝 동시성 ${usd(b.cost.provisioned)}).`,
    };
  },
};

const sqsBacklog: Preset = {
  id: "sqs-backlog",
  title: { en: "An SQS backlog draining", ko: "SQS 적체 해소" },
  explanation: {
    en: "100,000 messages wait in a standard queue while 50 more arrive each second. The event source mapping starts with 5 concurrent batches of 10 and adds up to 300 per minute, so the drain speeds up as pollers are added.",
    ko: "표준 대기열에 메시지 100,000개가 쌓여 있고 초당 50개가 더 들어옵니다. 이벤트 소스 매핑은 10개짜리 배치 5개를 동시에 처리하며 시작해 분당 최대 300개씩 늘리므로, 폴러가 늘수록 처리 속도가 빨라집니다.",
  },
  scenario: {
    seed: 5,
    durationSeconds: 300,
    functions: [
      {
        name: "worker",
        memoryMb: 512,
        timeoutSeconds: 30,
        invocation: "sqs",
        durationMs: { dist: "lognormal", mean: 500, sd: 150 },
        coldStartMs: { dist: "lognormal", mean: 400, sd: 100 },
        arrivals: { process: "poisson", ratePerSecond: 50 },
        sqs: { batchSize: 10, visibilityTimeoutSeconds: 180, maxReceiveCount: 5, initialBacklog: 100_000 },
      },
    ],
  },
  explain: (r) => {
    const f = fn(r, "worker");
    const s = f.sqs;
    const drained = s?.drainedAtSecond;
    return {
      en: `${n0(s?.messagesDeleted ?? 0)} messages processed in ${n0(f.invocations)} batches; peak concurrency ${n0(f.peakConcurrency)} (poller ceiling reached ${n0(s?.peakPollerConcurrency ?? 0)}). ${drained === null || drained === undefined ? `The backlog had not drained by the end (${n0(s?.backlogAtEnd ?? 0)} left).` : `The backlog drained at about ${n0(drained)} s.`} p95 message age at processing: ${ms(f.latencyMs.p95)}.`,
      ko: `메시지 ${n0(s?.messagesDeleted ?? 0)}개를 배치 ${n0(f.invocations)}개로 처리; 최대 동시성 ${n0(f.peakConcurrency)}(폴러 상한 ${n0(s?.peakPollerConcurrency ?? 0)}). ${drained === null || drained === undefined ? `종료 시점까지 적체가 남았습니다(${n0(s?.backlogAtEnd ?? 0)}개).` : `약 ${n0(drained)}초에 적체가 해소되었습니다.`} 처리 시점 메시지 나이 p95: ${ms(f.latencyMs.p95)}.`,
    };
  },
};

const asyncDlq: Preset = {
  id: "async-retries-dlq",
  title: { en: "Async retries ending in a DLQ", ko: "비동기 재시도 끝에 DLQ로" },
  explanation: {
    en: "An asynchronously invoked function fails 30% of the time. Lambda retries a failed event twice (after about 1 and 2 more minutes); an event that fails all three attempts goes to the dead-letter queue, so about 0.3³ = 2.7% of events end there.",
    ko: "비동기로 호출되는 함수가 30% 확률로 실패합니다. Lambda는 실패한 이벤트를 두 번(약 1분, 다시 2분 뒤) 재시도하고, 세 번 모두 실패한 이벤트는 배달 못한 편지 대기열(DLQ)로 보내므로 약 0.3³ = 2.7%가 DLQ에 도착합니다.",
  },
  scenario: {
    seed: 11,
    durationSeconds: 120,
    functions: [
      {
        name: "mailer",
        memoryMb: 256,
        timeoutSeconds: 10,
        invocation: "async",
        errorRate: 0.3,
        durationMs: { dist: "lognormal", mean: 200, sd: 50 },
        arrivals: { process: "poisson", ratePerSecond: 20 },
        async: { maximumRetryAttempts: 2, deadLetterQueue: true },
      },
    ],
  },
  explain: (r) => {
    const f = fn(r, "mailer");
    const expected = f.requests * 0.3 ** 3;
    return {
      en: `${n0(f.requests)} events, ${n0(f.invocations)} invocations (${n0(f.retries)} retries), ${n0(f.errors)} errors; ${n0(f.deadLettered)} events reached the DLQ (expected about ${n1(expected)}). Retried events finished up to ${ms(f.latencyMs.max)} after they arrived.`,
      ko: `이벤트 ${n0(f.requests)}개, 호출 ${n0(f.invocations)}회(재시도 ${n0(f.retries)}회), 오류 ${n0(f.errors)}회; DLQ 도착 ${n0(f.deadLettered)}개(기대값 약 ${n1(expected)}). 재시도된 이벤트는 도착 후 최대 ${ms(f.latencyMs.max)} 뒤에 끝났습니다.`,
    };
  },
};

const memoryCost: Preset = {
  id: "memory-cost",
  title: { en: "The cost of raising memory", ko: "메모리를 늘리는 비용" },
  explanation: {
    en: "The same CPU-bound work (800 ms at 512 MB) at three memory sizes. CPU share grows with memory up to one vCPU at 1,769 MB, so 1,769 MB runs about 3.5× faster for the same GB-seconds; above that a single-threaded function gets no faster and simply costs more.",
    ko: "같은 CPU 집약 작업(512 MB에서 800 ms)을 세 가지 메모리 크기로 실행합니다. CPU 몫은 메모리에 비례해 1,769 MB에서 vCPU 1개가 되므로, 1,769 MB는 같은 GB-초로 약 3.5배 빨라집니다. 그 이상에서는 단일 스레드 함수가 더 빨라지지 않고 비용만 늘어납니다.",
  },
  scenario: {
    seed: 2,
    durationSeconds: 600,
    functions: [512, 1769, 3008].map((memoryMb) => ({
      name: `mem${memoryMb}`,
      memoryMb,
      timeoutSeconds: 30,
      invocation: "sync" as const,
      durationMs: { dist: "lognormal" as const, mean: 800, sd: 100 },
      durationMeasuredAtMemoryMb: 512,
      cpuBoundFraction: 1,
      coldStartMs: { dist: "fixed" as const, value: 300 },
      arrivals: { process: "poisson" as const, ratePerSecond: 10 },
    })),
  },
  explain: (r) => {
    const parts = [512, 1769, 3008].map((m) => {
      const f = fn(r, `mem${m}`);
      const perMillion = f.invocations > 0 ? (f.cost.total / f.invocations) * 1e6 : 0;
      return { m, p50: f.latencyMs.p50, perMillion };
    });
    const en = parts.map((p) => `${n0(p.m)} MB: p50 ${ms(p.p50)}, ${usd(p.perMillion)} per million`).join("; ");
    const ko = parts.map((p) => `${n0(p.m)} MB: p50 ${ms(p.p50)}, 백만 건당 ${usd(p.perMillion)}`).join("; ");
    return { en: `${en}.`, ko: `${ko}.` };
  },
};

/** The six presets, in the order the page shows them. */
export const PRESETS: readonly Preset[] = [
  coldStartStorm,
  reservedThrottling,
  provisionedLaunch,
  sqsBacklog,
  asyncDlq,
  memoryCost,
];

/** Finds a preset by id. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
