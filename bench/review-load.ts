import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { createUser } from "@/lib/db/users/create-user";
import { buildIfNeeded, startAppServer } from "@/lib/server/app-server";
import { findFreePort } from "@/lib/server/postgres";
import { heading, ms, percentile, row } from "./format";

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

/**
 * Review submits against the running production server: 100 students answering every 2 s (50/s, timed by
 * our own paced clients), then saturation with autocannon's 100 connections and no pause. Baseline in the
 * same run: /api/health (one trivial query) under the same 100 connections.
 */
export async function runReviewLoadBench(databaseUrl: string): Promise<void> {
  heading("Review submit under load (production server, autocannon)");
  process.env.DATABASE_URL = databaseUrl;
  buildIfNeeded();
  const students = await seedStudents();
  const server = await startAppServer({ databaseUrl, port: await findFreePort(3950), secret: SECRET, quiet: true });
  try {
    const baseline = await autocannon({ url: `${server.url}/api/health`, connections: 100, duration: 5 });
    const paced = await pacedStudents(server.url, students, 2000, 30);
    const saturated = await load(server.url, students, { connections: 100, seconds: 10 });
    const errors = paced.failures + saturated.non2xx + saturated.errors;
    row("baseline /api/health, 100 conn: req/s", baseline.requests.average.toFixed(0));
    row("baseline /api/health p97.5", ms(baseline.latency.p97_5));
    row("100 students, one answer / 2 s each: reviews/s", paced.perSecond.toFixed(1));
    row("100 students: submit p50", ms(paced.p50));
    row("100 students: submit p95", ms(paced.p95), "p95 < 50 ms");
    row("saturation, 100 conn, no pause: reviews/s", saturated.requests.average.toFixed(0));
    row("saturation p50", ms(saturated.latency.p50));
    row("saturation p97.5 (≥ p95)", ms(saturated.latency.p97_5));
    row(
      "saturation vs health throughput",
      `${((saturated.requests.average / baseline.requests.average) * 100).toFixed(0)} %`,
    );
    row("non-2xx responses and errors", String(errors), "0");
    const stored = await db().review.count();
    row("reviews stored", String(stored));
  } finally {
    await server.stop();
  }
}
