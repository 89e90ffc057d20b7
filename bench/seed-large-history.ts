import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { studyDayOf } from "@/lib/schedule";

export const BENCH_PASSWORD = "bench-password-1";
const SUBJECTS = ["컴퓨터구조", "운영체제", "네트워크", "데이터베이스", "자료구조", "알고리즘", "AWS", "보안"];
const TEXTBOOKS = ["공룡책", "Tanenbaum", "Kurose", "Silberschatz", "CLRS"];

/**
 * One user with a year of study: `notes` notes over eight subjects and five textbooks, `cards` cards
 * (about a quarter new, a few thousand on the ladder at checkpoints 1/4/7/14, the rest long-term) and `reviews` answers spread over the last 365 study days. Written with
 * `INSERT … SELECT generate_series(…)` (a few seconds for a million rows), then VACUUM ANALYZE as autovacuum
 * would leave a long-lived table. Random but repeatable: `setseed` fixes Postgres' `random()`.
 */
export async function seedLargeHistory(
  databaseUrl: string,
  options: { cards: number; reviews: number; notes: number },
): Promise<{ userId: string; email: string }> {
  const userId = `c${randomUUID().replaceAll("-", "").slice(0, 24)}`; // as long as a cuid
  const email = `bench-${userId}@bench.test`;
  const settings = { timeZone: "Asia/Seoul", dayStartHour: 4 };
  const today = studyDayOf(new Date(), settings);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("select setseed(0.42)");
    await client.query(
      `insert into "User" (id, email, "passwordHash", "timeZone", "dayStartHour", "examDate", "updatedAt")
       values ($1, $2, $3, $4, $5, $6::date + 60, now())`,
      [userId, email, await hashPassword(BENCH_PASSWORD), settings.timeZone, settings.dayStartHour, today],
    );
    // Note n started (n × 37) mod 365 days ago, so start days spread over the year.
    await client.query(
      `insert into "Note" (id, "userId", path, title, subject, textbook, source, "contentHash", "updatedAt")
       select $1 || '-n' || n, $1, 'notes/' || n || '.md', 'Note ' || n,
              ($2::text[])[1 + n % array_length($2::text[], 1)], ($3::text[])[1 + n % array_length($3::text[], 1)],
              '', md5(n::text), now()
       from generate_series(1, $4::int) n`,
      [userId, SUBJECTS, TEXTBOOKS, options.notes],
    );
    await client.query(cardsSql, [userId, today, options.cards, options.notes]);
    await client.query(reviewsSql, [userId, today, options.reviews, options.cards]);
    await client.query(`vacuum analyze "Note", "Card", "Review"`);
  } finally {
    await client.end();
  }
  return { userId, email };
}

/**
 * $1 user, $2 today, $3 cards, $4 notes. Card k belongs to note 1 + (k − 1) mod notes. Note n was started
 * s = (37n mod 500) − 135 days ago: s < 0 not yet (its cards are new), 0–15 on the ladder at the next
 * checkpoint (a fifth one rung overdue), older in long-term memory due over the next four months (a few
 * overdue), except 5 % lapsed back onto a fresh ladder.
 */
const cardsSql = `
  with base as (
    select k, 1 + (k - 1) % $4::int as n, random() as r, random() as r2, random() as r3
    from generate_series(1, $3::int) k
  ), shaped as (
    select k, n, r2, r3, (n * 37) % 500 - 135 as s, floor(power(r3, 6) * 8)::int + (r < 0.05)::int as lapses,
      case when (n * 37) % 500 - 135 < 0 then 'new'
           when (n * 37) % 500 - 135 < 16 or r < 0.05 then 'ladder' else 'long-term' end as stage
    from base
  ), placed as (
    select *, $2::date - s as started,
      case when stage = 'ladder' then $2::date - case when s < 16 then s else floor(r2 * 14)::int end end as day0
    from shaped
  ), rung as (
    select *, case when stage = 'ladder' then
      (select coalesce(max(c) filter (where r3 < 0.2 and c < $2::date - day0), min(c) filter (where c >= $2::date - day0), 14)
       from unnest(array[1, 4, 7, 14]) c) end as cp,
      case when stage = 'long-term' then $2::date - 3 + floor(r2 * 120)::int end as lt_due
    from placed
  )
  insert into "Card" (id, "userId", "noteId", key, type, origin, front, back, line, stage, "firstStudiedOn",
                      "dueOn", checkpoint, lapses, reps, "lastReviewedAt", schedule, "updatedAt")
  select $1 || '-c' || k, $1, $1 || '-n' || n, 'k' || k, 'basic', 'inline', 'Question ' || k || '?', 'Answer ' || k, k,
    stage, coalesce(day0, case when stage = 'long-term' then started end), coalesce(day0 + cp, lt_due),
    case stage when 'ladder' then cp::text when 'long-term' then 'long-term' end,
    case stage when 'new' then 0 else lapses end,
    case stage when 'new' then 0 else 3 + lapses end,
    case stage when 'new' then null else now() - interval '1 day' end,
    case stage when 'new' then null else jsonb_build_object(
      'stage', stage,
      'introducedOn', least(started, coalesce(day0, started))::text,
      'firstStudiedOn', coalesce(day0, started)::text,
      'checkpointsDone', case stage when 'long-term' then '[1,4,7,14]'::jsonb
        else (select coalesce(jsonb_agg(c), '[]'::jsonb) from unnest(array[1, 4, 7, 14]) c where c < cp) end,
      'dueOn', coalesce(day0 + cp, lt_due)::text,
      'lapses', lapses, 'reps', 3 + lapses, 'lastReviewedAt', to_char(now() - interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'fsrs', jsonb_build_object('stability', 5 + r2 * 60, 'difficulty', 3 + r3 * 5, 'state', 'Review',
        'reps', 3 + lapses, 'lapses', lapses, 'scheduledDays', 7, 'learningSteps', 0,
        'lastReviewOn', ($2::date - 1)::text)) end,
    now()
  from rung`;

/**
 * $1 user, $2 today, $3 reviews, $4 cards. Answers fall on every day of the last year, half of Sunday's moved
 * to Saturday;
 * 10 % first studies, 12 % forgot; a few were undone. States are small but realistic JSON.
 */
const reviewsSql = `
  with base as (
    select i, 1 + floor(random() * $4::int)::int as k, random() as r, random() as g, random() as d, random() as r2
    from generate_series(1, $3::int) i
  ), dated as (
    select *, $2::date - floor(r * 365)::int - (r2 < 0.5 and extract(isodow from $2::date - floor(r * 365)::int) = 7)::int as day
    from base
  )
  insert into "Review" (id, "userId", "cardId", "requestId", grade, "reviewedAt", "studyDay", "durationMs",
                        checkpoint, "prevState", "nextState", "undoneAt")
  select $1 || '-r' || i, $1, $1 || '-c' || k, 'req-' || i,
    case when g < 0.10 then 'first-study' when g < 0.22 then 'forgot' else 'remembered' end,
    day + time '10:00' - interval '9 hours' + d * interval '10 hours', day, 2000 + floor(d * 18000)::int,
    case when g < 0.10 then null else (array['1', '4', '7', '14', 'long-term'])[1 + floor(d * 5)::int] end,
    jsonb_build_object('stage', 'ladder', 'dueOn', day::text, 'checkpointsDone', '[1]'::jsonb, 'reps', 2),
    jsonb_build_object('stage', 'ladder', 'dueOn', (day + 3)::text, 'checkpointsDone', '[1,4]'::jsonb, 'reps', 3),
    case when i % 1000 = 0 then day + time '11:00' end
  from dated`;
