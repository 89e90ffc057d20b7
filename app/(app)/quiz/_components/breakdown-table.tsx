import { getFormatter } from "next-intl/server";
import type { Breakdown } from "@/lib/quiz";

/** Correct out of total per subject or tag, weakest first, with a bar for quick scanning. */
export async function BreakdownTable({
  rows,
  empty,
  nullLabel,
  testId,
  prefix = "",
}: {
  rows: Breakdown[];
  empty: string;
  nullLabel: string;
  testId: string;
  prefix?: string;
}) {
  const format = await getFormatter();
  if (rows.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="space-y-2 text-sm" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key ?? "\0"}>
          <div className="flex items-baseline justify-between gap-2">
            <span className="min-w-0 truncate">{row.key === null ? nullLabel : `${prefix}${row.key}`}</span>
            <span className="shrink-0 tabular-nums text-slate-500">
              {format.number(row.correct)}/{format.number(row.total)} ·{" "}
              {format.number(row.percent / 100, { style: "percent", maximumFractionDigits: 1 })}
            </span>
          </div>
          <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden>
            <div
              className={`h-full rounded-full ${row.percent >= 72 ? "bg-emerald-500" : row.percent >= 50 ? "bg-amber-500" : "bg-red-500"}`}
              style={{ width: `${row.percent}%` }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
