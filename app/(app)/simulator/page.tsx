import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { PRESETS } from "@/lib/simulator";
import { DrillsSection } from "./_components/drills-section";
import { normalizedPreset, presetMatching } from "./_components/presets";
import { decodeScenario } from "./_components/scenario-link";
import { SimulatorWorkbench, type WorkbenchStart } from "./_components/simulator-workbench";

export const dynamic = "force-dynamic";

const PRESET_IDS = PRESETS.map((preset) => preset.id);
const DEFAULT_PRESET = PRESET_IDS[0] as string;

/** What the page opens with: a shared scenario (`?s=`), a preset (`?preset=`), or the first preset. */
function startFrom(params: { s?: string; preset?: string }): WorkbenchStart {
  const fallback = { scenario: normalizedPreset(DEFAULT_PRESET)!, presetId: DEFAULT_PRESET };
  if (params.s) {
    const decoded = decodeScenario(params.s);
    if (decoded.ok)
      return { scenario: decoded.scenario, presetId: presetMatching(decoded.scenario, PRESET_IDS), linkProblem: null };
    return { ...fallback, linkProblem: decoded.reason === "invalid" ? decoded : { reason: "damaged" } };
  }
  if (params.preset) {
    const scenario = normalizedPreset(params.preset);
    if (scenario) return { scenario, presetId: params.preset, linkProblem: null };
    return { ...fallback, linkProblem: { reason: "unknown-preset", id: params.preset.slice(0, 80) } };
  }
  return { ...fallback, linkProblem: null };
}

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SimulatorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const [t, params] = await Promise.all([getTranslations("simulator"), searchParams]);
  const start = startFrom({ s: one(params.s), preset: one(params.preset) });
  return (
    <div className="space-y-6">
      <div>
        <PageTitle>{t("title")}</PageTitle>
        <p className="-mt-2 text-sm text-slate-600 dark:text-slate-300">{t("intro")}</p>
      </div>
      <SimulatorWorkbench start={start} />
      <DrillsSection userId={user.id} />
    </div>
  );
}
