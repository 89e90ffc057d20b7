"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import { findPreset, pageScenarioIssues, type Scenario } from "@/lib/simulator";
import { CostBreakdown } from "./cost-breakdown";
import { LinkProblemBanner, type LinkProblem } from "./link-problem";
import { PresetPicker } from "./preset-picker";
import { normalizedPreset, sameScenario } from "./presets";
import { ResultsSummary, useRunSentence } from "./results-summary";
import { RunCharts } from "./run-charts";
import { RunStatus } from "./run-status";
import { ScenarioEditor } from "./scenario-editor";
import { IssueSummary, ScenarioIssuesContext } from "./scenario-issues-view";
import { SCENARIO_PARAM, encodeScenario } from "./scenario-link";
import { ShareButton } from "./share-button";
import { useSimulation } from "./use-simulation";

const URL_DELAY_MS = 300;

export interface WorkbenchStart {
  scenario: Scenario;
  presetId: string | null;
  linkProblem: LinkProblem | null;
}

/** The interactive simulator: presets, editor, run status, explanation, figures, charts and cost. */
export function SimulatorWorkbench({ start }: { start: WorkbenchStart }) {
  const t = useTranslations("simulator");
  const locale = useLocale() === "ko" ? "ko" : "en";
  const [scenario, setScenario] = useState<Scenario>(start.scenario);
  const [presetId, setPresetId] = useState(start.presetId);
  const [linkProblem, setLinkProblem] = useState(start.linkProblem);
  // The server sends a new `start` on every render. A link to another scenario (a drill's run, the nav
  // link) loads it; a refresh of the same address (after creating drills) keeps the student's edits.
  const [shownStart, setShownStart] = useState(start);
  if (start !== shownStart) {
    setShownStart(start);
    const next = JSON.stringify(start.scenario);
    if (next !== JSON.stringify(shownStart.scenario) && next !== JSON.stringify(scenario)) {
      setScenario(start.scenario);
      setPresetId(start.presetId);
      setLinkProblem(start.linkProblem);
    }
  }
  const { run, state, request, cancel } = useSimulation();
  const sentence = useRunSentence();

  // The schema's rules and the page's bounds (an hour, a few million requests), as message keys.
  const checked = useMemo(() => pageScenarioIssues(scenario), [scenario]);
  const parsed = useMemo(
    () => (checked.scenario ? { ok: true as const, scenario: checked.scenario } : { ok: false as const }),
    [checked],
  );
  const issuesByPath = useMemo(() => new Map(checked.issues.map((issue) => [issue.path, issue])), [checked]);
  const preset = presetId ? findPreset(presetId) : undefined;
  const modified = useMemo(() => {
    const base = presetId ? normalizedPreset(presetId) : undefined;
    return !(base && parsed.ok && sameScenario(base, parsed.scenario));
  }, [presetId, parsed]);

  // Every valid change runs (debounced) and becomes the page's URL, so the address bar is always a shareable link.
  // The first run starts at once; later ones wait for the student to pause.
  const firstRun = useRef(true);
  useEffect(() => {
    if (!parsed.ok) return;
    request(parsed.scenario, modified ? null : presetId, firstRun.current);
    firstRun.current = false;
    // Next.js re-renders its router on replaceState, so the address follows only once the student pauses.
    const timer = window.setTimeout(() => {
      const params = new URLSearchParams();
      if (!modified && presetId) params.set("preset", presetId);
      else params.set(SCENARIO_PARAM, encodeScenario(parsed.scenario));
      const url = `${window.location.pathname}?${params}${window.location.hash}`;
      window.history.replaceState(window.history.state, "", url);
    }, URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [parsed, modified, presetId, request]);

  const pick = (id: string) => {
    const next = normalizedPreset(id);
    if (!next) return;
    setPresetId(id);
    setScenario(next);
    setLinkProblem(null);
  };

  const result = run?.result;
  return (
    <ScenarioIssuesContext value={issuesByPath}>
      <div className="space-y-4">
        {linkProblem ? <LinkProblemBanner problem={linkProblem} onDismiss={() => setLinkProblem(null)} /> : null}
        <PresetPicker selected={presetId} modified={modified} onPick={pick} />
        <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
          <div
            id="scenario"
            className="order-2 scroll-mt-24 lg:order-1 lg:sticky lg:top-16 lg:max-h-[calc(100dvh-5rem)] lg:self-start lg:overflow-y-auto lg:pr-1"
          >
            <Card className="space-y-2">
              <div className="flex items-center justify-between gap-2">
                <h2 className="font-medium">{t("editor.heading")}</h2>
                {presetId && modified ? (
                  <button
                    type="button"
                    className="text-sm text-brand-600 underline dark:text-brand-100"
                    onClick={() => pick(presetId)}
                  >
                    {t("editor.reset")}
                  </button>
                ) : null}
              </div>
              <ScenarioEditor scenario={scenario} onChange={setScenario} />
            </Card>
          </div>
          <div className="order-1 min-w-0 space-y-4 lg:order-2">
            <Card className="space-y-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="font-medium">{preset && !modified ? preset.title[locale] : t("results.heading")}</h2>
                <div className="flex items-center gap-3">
                  <a href="#scenario" className="text-sm text-brand-600 underline lg:hidden dark:text-brand-100">
                    {t("editor.jump")}
                  </a>
                  <ShareButton />
                </div>
              </div>
              <RunStatus state={state} run={run} onCancel={cancel} />
              {checked.issues.length > 0 ? <IssueSummary issues={checked.issues} /> : null}
              {preset ? (
                <p className="text-sm text-slate-600 dark:text-slate-300">{preset.explanation[locale]}</p>
              ) : null}
              {result ? (
                <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm dark:bg-slate-800" data-testid="run-explanation">
                  <span className="font-medium">
                    {modified || !run.explanation ? t("results.thisRunChanged") : t("results.thisRun")}{" "}
                  </span>
                  {run.explanation && !modified ? run.explanation[locale] : sentence(result)}
                </p>
              ) : null}
              {result ? <ResultsSummary result={result} /> : null}
            </Card>
            {run && result ? (
              <>
                <Card>
                  <RunCharts chart={run.chart} scenario={run.scenario} />
                </Card>
                <Card className="space-y-2">
                  <h2 className="font-medium">{t("cost.heading")}</h2>
                  <CostBreakdown result={result} freeTier={run.scenario.pricing.freeTier} />
                </Card>
                <Notes warnings={result.warnings} assumptions={result.assumptions} />
              </>
            ) : null}
          </div>
        </div>
      </div>
    </ScenarioIssuesContext>
  );
}

function Notes({ warnings, assumptions }: { warnings: string[]; assumptions: string[] }) {
  const t = useTranslations("simulator.results");
  return (
    <Card className="space-y-2 text-sm">
      {warnings.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-amber-700 dark:text-amber-300" data-testid="run-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary className="cursor-pointer font-medium">{t("assumptions")}</summary>
        <p className="mt-1 text-xs text-slate-500">{t("assumptionsNote")}</p>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-600 dark:text-slate-400">
          {assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
