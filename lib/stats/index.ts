/**
 * Dashboard statistics (issue 6): pure functions over review rows, daily totals and due counts, which the
 * database layer reads or pre-aggregates with SQL. Days are study days (see `lib/schedule/days.ts`).
 */
export type { DailyTotal, DueCount, ReviewRow } from "./types";
export { dailySeries, dailyTotals, emptyDay, totalOn } from "./daily";
export { streak, type Streak } from "./streak";
export { dueNow, forecastDue, groupDueDates, nextDueAfter, type ForecastDay } from "./forecast";
export { heatLevel, heatmap, type HeatLevel, type Heatmap, type HeatmapDay } from "./heatmap";
export { overallRecall, recallByCheckpoint, recallBySubject, type RecallInput, type RecallRate } from "./recall";
export {
  projectLongTermShare,
  recentNewPace,
  type LongTermProjection,
  type ProjectionCard,
  type ProjectionInput,
} from "./projection";
