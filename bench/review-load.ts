import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { buildIfNeeded, startAppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";
import { heading, ms, percentile, row } from "./format";
import { parentOf, sampleCpu, treeCpuSeconds } from "./process-cpu";

const SECRET = "bench-secret-not-for-production";
const STUDENTS = 100;
const CARDS_EACH = 40;

interface Student {
  cookie: string;
  cards: string[];
  next: number;
}

/** 100 accounts with 40 cards each, and a session cookie per account (minted like next-auth does). */
async function seedStudents(): Promise<Student[]> {
  const students: Student[] = [];
  for (let index = 0; index < STUDENTS; index++) {
    const user = await createUser({ email: `load-${index}-${randomUUID()}@bench.test`, password: "bench-password-1" });
    const note = await db().note.create({
      data: {
        userId: user.id,
        path: "load.md",
        title: "Load",
        source: "",
        contentHash: randomUUID(),
        cards: {
          create: Array.from({ length: CARDS_EACH }, (_, i) => ({
            userId: user.id,
            key: `k${i}`,
            type: "basic",
            origin: "inline",
            front: `Q${i}`,
            back: `A${i}`,
            line: i + 1,
          })),
        },
      },
      include: { cards: { select: { id: true } } },
    });
    const token = await encode({ token: { uid: user.id, email: user.email, sub: user.id }, secret: SECRET });
    students.push({ cookie: `next-auth.session-token=${token}`, cards: note.cards.map((c) => c.id), next: 0 });
  }
  return students;
}

/**
 * Students as the issue describes them: each answers a card every `intervalMs`, starting at a random
 * moment, so arrivals are spread over time rather than fired together at each second's tick.
 */
async function pacedStudents(url: string, students: Student[], intervalMs: number, seconds: number) {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    students.map(async (student) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * intervalMs));
      for (let next = performance.now(); next < deadline; next += intervalMs) {
        const cardId = student.cards[student.next++ % student.cards.length];
        const started = performance.now();
        const response = await fetch(`${url}/api/reviews`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: student.cookie },
          body: JSON.stringify({
            cardId,
            grade: Math.random() < 0.8 ? "remembered" : "forgot",
            requestId: randomUUID(),
          }),
        }).catch(() => null);
        await response?.arrayBuffer();
        latencies.push(performance.now() - started);
        if (!response?.ok) failures += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next + intervalMs - performance.now())));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  return { perSecond: latencies.length / seconds, p50, p95, failures };
}

async function load(
  url: string,
  students: Student[],
  options: { connections: number; seconds: number; overallRate?: number },
) {
  let assigned = 0;
  const result = await autocannon({
    url: `${url}/api/reviews`,
    connections: options.connections,
    duration: options.seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request, context: { student?: Student }) => {
          context.student ??= students[assigned++ % students.length];
          const student = context.student as Student;
          const cardId = student.cards[student.next++ % student.cards.length];
          const body = { cardId, grade: Math.random() < 0.8 ? "remembered" : "forgot", requestId: randomUUID() };
          return { ...request, headers: { ...request.headers, cookie: student.cookie }, body: JSON.stringify(body) };
        },
      },
    ],
  });
  return result;
}

interface StatementTotals {
  calls: number;
  ms: number;
  top: { calls: number; ms: number; query: string }[];
}

/** pg_stat_statements when the cluster loaded it (bench/index.ts does), else null. */
async function statementTotals(): Promise<StatementTotals | null> {
  try {
    const top = await db().$queryRawUnsafe<{ calls: number; ms: number; query: string }[]>(
      `select calls::int as calls, total_exec_time::float8 as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 100) as query
       from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
         and query not like '%pg_stat_statements%' order by total_exec_time desc`,
    );
    return {
      calls: top.reduce((sum, s) => sum + s.calls, 0),
      ms: top.reduce((sum, s) => sum + s.ms, 0),
      top: top.slice(0, 6),
    };
  } catch {
    return null;
  }
}

async function resetStatements(): Promise<boolean> {
  try {
    await db().$executeRawUnsafe("create extension if not exists pg_stat_statements");
    await db().$queryRawUnsafe("select pg_stat_statements_reset()");
    return true;
  } catch {
    return false;
  }
}

/**
 * One saturation round: autocannon's 100 connections, no pause, for `seconds`; CPU of the app, PostgreSQL
 * and this process (the load generator shares the two cores) sampled across it; queries counted by
 * pg_stat_statements.
 */
async function saturationRound(server: { url: string; pid: number }, postmaster: number, students: Student[]) {
  const storedBefore = await db().review.count();
  const counting = await resetStatements();
  const clientBefore = process.cpuUsage();
  const cpu = sampleCpu({ app: () => treeCpuSeconds(server.pid), postgres: () => treeCpuSeconds(postmaster) });
  const result = await load(server.url, students, { connections: 100, seconds: 8 });
  const sample = cpu.stop();
  const client = process.cpuUsage(clientBefore);
  const statements = counting ? await statementTotals() : null;
  const stored = (await db().review.count()) - storedBefore;
  return {
    result,
    stored,
    statements,
    share: (seconds: number) => `${((seconds / (sample.wallSeconds * sample.cores)) * 100).toFixed(0)} %`,
    cpu: { ...sample.used, client: (client.user + client.system) / 1e6 },
    idle: sample.machineIdleShare,
  };
}

/**
 * Review submits against the running production server: 100 students answering every 2 s (50/s, timed by
 * our own paced clients), then three saturation rounds with autocannon's 100 connections and no pause (the
 * spread between rounds is the machine's noise). Baseline in the same run, before each round:
 * /api/health (one trivial query) under the same 100 connections.
 */
export async function runReviewLoadBench(databaseUrl: string): Promise<void> {
  heading("Review submit under load (production server, autocannon)");
  process.env.DATABASE_URL = databaseUrl;
  buildIfNeeded();
  const students = await seedStudents();
  const server = await startAppServer({
    databaseUrl,
    port: await findFreePort(3950),
    secret: SECRET,
    quiet: true,
    // RECALL_BENCH_CPU_PROF=<dir>: the app writes a V8 CPU profile there when it stops.
    nodeArgs: process.env.RECALL_BENCH_CPU_PROF
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.RECALL_BENCH_CPU_PROF}`]
      : [],
  });
  try {
    const [backend] = await db().$queryRaw<{ pid: number }[]>`select pg_backend_pid() as pid`;
    const postmaster = parentOf(backend?.pid ?? 0);
    const app = { url: server.url, pid: server.process.pid ?? 0 };
    const paced = await pacedStudents(server.url, students, 2000, 30);
    row("100 students, one answer / 2 s each: reviews/s", paced.perSecond.toFixed(1));
    row("100 students: submit p50", ms(paced.p50));
    row("100 students: submit p95", ms(paced.p95), "p95 < 50 ms");
    row("100 students: errors", String(paced.failures), "0");
    await load(server.url, students, { connections: 100, seconds: 3 }); // warm-up: JIT, pools, plans
    for (let round = 1; round <= 3; round++) {
      const baseline = await autocannon({ url: `${server.url}/api/health`, connections: 100, duration: 4 });
      const { result, stored, statements, share, cpu, idle } = await saturationRound(app, postmaster, students);
      const perSecond = stored / 8;
      process.stdout.write(`  -- round ${round} --\n`);
      row("baseline /api/health, 100 conn: req/s", baseline.requests.average.toFixed(0));
      row("baseline /api/health p50 / p99", `${ms(baseline.latency.p50)} / ${ms(baseline.latency.p99)}`);
      row("saturation, 100 conn: reviews/s (stored / s)", perSecond.toFixed(0), "≥ 1,000");
      row("saturation p50 / p99", `${ms(result.latency.p50)} / ${ms(result.latency.p99)}`, "p99 < 100 ms");
      row("non-2xx responses and errors", String(result.non2xx + result.errors), "0");
      row("reviews/s vs health req/s", `${((perSecond / baseline.requests.average) * 100).toFixed(0)} %`);
      row(
        "CPU: app / PostgreSQL / load generator",
        `${share(cpu.app)} / ${share(cpu.postgres)} / ${share(cpu.client)}`,
      );
      row("CPU: machine idle (others' load is the rest)", `${(idle * 100).toFixed(0)} %`);
      if (stored > 0) {
        row("app CPU ms per review", ((cpu.app * 1000) / stored).toFixed(2));
        row("PostgreSQL CPU ms per review", ((cpu.postgres * 1000) / stored).toFixed(2));
      }
      if (statements && stored > 0) {
        row("queries per review (pg_stat_statements)", (statements.calls / stored).toFixed(2));
        row("PostgreSQL execution ms per review", (statements.ms / stored).toFixed(3));
        if (round === 1) {
          for (const top of statements.top) {
            process.stdout.write(
              `      ${(top.calls / stored).toFixed(2)}/review ${ms(top.ms / top.calls)}  ${top.query}\n`,
            );
          }
        }
      }
    }
  } finally {
    await server.stop();
  }
}
