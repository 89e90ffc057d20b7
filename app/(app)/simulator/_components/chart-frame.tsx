"use client";

import type { ReactNode } from "react";

/** Series colours: distinct in light and dark mode, one per function. */
export const SERIES_COLORS = ["#2f6fed", "#e8590c", "#0ca678", "#ae3ec9", "#f59f00"];
export const AXIS_COLOR = "#64748b";
export const GRID_COLOR = "#94a3b840";
export const LIMIT_COLOR = "#e03131";
/** Limit lines get their own colours (not the function's), so a curve running at its cap does not hide it. */
export const RESERVED_COLOR = "#d97706";
export const PROVISIONED_COLOR = "#059669";

/** Dark tooltip that reads well on both page themes. */
export const tooltipStyle = {
  contentStyle: {
    background: "rgb(15 23 42 / 0.94)",
    border: "none",
    borderRadius: 8,
    color: "#f1f5f9",
    fontSize: 12,
  },
  labelStyle: { color: "#cbd5e1" },
} as const;

/** A titled chart box with an optional note under the title. */
export function ChartFrame({
  title,
  note,
  children,
  testId,
  footer,
}: {
  title: string;
  note?: string;
  children: ReactNode;
  testId?: string;
  footer?: ReactNode;
}) {
  return (
    <figure className="min-w-0 space-y-1" data-testid={testId}>
      <figcaption>
        <span className="text-sm font-medium">{title}</span>
        {note ? <span className="block text-xs text-slate-500">{note}</span> : null}
      </figcaption>
      <div className="h-52 w-full">{children}</div>
      {footer}
    </figure>
  );
}
