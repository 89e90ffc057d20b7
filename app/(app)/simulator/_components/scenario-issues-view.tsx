"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext } from "react";
import type { ScenarioIssue } from "@/lib/simulator";

/** The current scenario's problems by path (`functions[0].memoryMb`), for the fields to show their own. */
export const ScenarioIssuesContext = createContext<ReadonlyMap<string, ScenarioIssue>>(new Map());
/** Where the fields below sit in the scenario: "" at the top, `functions[1]` inside a function's editor. */
export const FieldPathContext = createContext("");

export function useFieldPath(path: string | undefined): string | undefined {
  const prefix = useContext(FieldPathContext);
  if (path === undefined) return undefined;
  return prefix ? `${prefix}.${path}` : path;
}

/** A problem as a sentence in the page's language (message keys in messages/<locale>/simulator.json). */
export function useIssueText(): (issue: ScenarioIssue) => string {
  const t = useTranslations("simulator.issues");
  return (issue) => t(issue.key, issue.params);
}

/** The problem of one field, under it; nothing when the field is fine. */
export function FieldIssue({ path, id }: { path: string | undefined; id?: string }) {
  const issues = useContext(ScenarioIssuesContext);
  const text = useIssueText();
  const full = useFieldPath(path);
  const found = full === undefined ? undefined : issues.get(full);
  if (!found) return null;
  return (
    <p id={id} className="text-xs text-red-700 dark:text-red-300" data-testid="field-issue" data-path={found.path}>
      {text(found)}
    </p>
  );
}

/** All problems, each with its field's label, above the results (some fields sit in closed groups). */
export function IssueSummary({ issues }: { issues: ScenarioIssue[] }) {
  const t = useTranslations("simulator");
  const text = useIssueText();
  const label = (issue: ScenarioIssue) => {
    if (t.has(`params.${issue.field}`)) return t(`params.${issue.field}` as "params.seed");
    if (t.has(`arrivals.${issue.field}`)) return t(`arrivals.${issue.field}` as "arrivals.steps");
    if (issue.field === "arrivals") return t("params.groupArrivals");
    return t("editor.heading");
  };
  return (
    <div
      role="alert"
      data-testid="scenario-errors"
      className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">{t("editor.invalid")}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.key}`}>
            <span className="font-medium">{label(issue)}</span>: {text(issue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
