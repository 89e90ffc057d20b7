import type { CheckpointLabel } from "@/lib/schedule";
import type { ReviewRow } from "./types";

/** A row to count: one answer, or a SQL group of `count` answers with the same grade, checkpoint, subject. */
export type RecallInput = Pick<ReviewRow, "grade" | "checkpoint" | "subject"> & { count?: number };

export interface RecallRate<K> {
  key: K;
  /** Graded answers (first studies are not counted). */
  reviews: number;
  remembered: number;
  forgot: number;
  /** remembered / reviews, 0–1; null when there were none. */
  rate: number | null;
}

const LABELS: readonly CheckpointLabel[] = [1, 4, 7, 14, "long-term"];

function tally<K>(rows: readonly RecallInput[], keyOf: (row: RecallInput) => K | undefined, keys: K[] = []) {
  const byKey = new Map<K, RecallRate<K>>(
    keys.map((key) => [key, { key, reviews: 0, remembered: 0, forgot: 0, rate: null }]),
  );
  for (const row of rows) {
    if (row.grade === null) continue;
    const key = keyOf(row);
    if (key === undefined) continue;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, reviews: 0, remembered: 0, forgot: 0, rate: null };
      byKey.set(key, entry);
    }
    const n = row.count ?? 1;
    entry.reviews += n;
    if (row.grade === "remembered") entry.remembered += n;
    else entry.forgot += n;
  }
  return [...byKey.values()].map((entry) => ({
    ...entry,
    rate: entry.reviews > 0 ? entry.remembered / entry.reviews : null,
  }));
}

/**
 * Recall rate at each checkpoint: always five entries in ladder order 1, 4, 7, 14, long-term.
 * First studies (grade null) are not answers to a question and are left out.
 */
export function recallByCheckpoint(rows: readonly RecallInput[]): RecallRate<CheckpointLabel>[] {
  return tally<CheckpointLabel>(rows, (row) => row.checkpoint ?? undefined, [...LABELS]);
}

/**
 * Recall rate per subject (null = notes without `⭕과목`), lowest rate first (ties by subject), only subjects
 * with at least `minReviews` graded answers (default 1) so a single miss does not make a "weak spot".
 */
export function recallBySubject(rows: readonly RecallInput[], minReviews = 1): RecallRate<string | null>[] {
  return tally<string | null>(rows, (row) => row.subject)
    .filter((entry) => entry.reviews >= Math.max(1, minReviews))
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || String(a.key ?? "").localeCompare(String(b.key ?? "")));
}

/** Overall recall rate of graded answers, or null when there were none. */
export function overallRecall(rows: readonly RecallInput[]): RecallRate<"all"> {
  return tally<"all">(rows, () => "all", ["all"])[0] as RecallRate<"all">;
}
