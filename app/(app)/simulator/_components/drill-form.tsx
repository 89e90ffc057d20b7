"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createDrills } from "@/app/actions/create-drills";
import { buttonClass } from "@/components/ui/card";
import { MAX_DRILLS_PER_REQUEST } from "@/lib/validations/simulator";

/** "Create N drill cards from seed S": the engine answers each one on the server. */
export function DrillForm({ defaultSeed }: { defaultSeed: number }) {
  const t = useTranslations("simulator.drills");
  const [state, action, pending] = useActionState(createDrills, null);
  // Controlled, so the count survives React's form reset after each submit; the seed moves on by itself.
  const [count, setCount] = useState("7");
  const field =
    "mt-1 block w-24 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950";
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" data-testid="drill-form">
      <label className="text-sm">
        {t("count")}
        <input
          name="count"
          type="number"
          min={1}
          max={MAX_DRILLS_PER_REQUEST}
          value={count}
          onChange={(event) => setCount(event.target.value)}
          required
          className={field}
        />
      </label>
      <label className="text-sm">
        {t("seed")}
        <input
          key={defaultSeed}
          name="seed"
          type="number"
          min={0}
          defaultValue={defaultSeed}
          required
          className={field}
        />
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("creating") : t("create")}
      </button>
      <p aria-live="polite" className="w-full text-sm" data-testid="drill-form-result">
        {state?.ok ? t("created", { created: state.created, existing: state.existing }) : null}
        {state && !state.ok ? (
          <span className="text-red-600 dark:text-red-400">{t(`errors.${state.error}`)}</span>
        ) : null}
      </p>
    </form>
  );
}
