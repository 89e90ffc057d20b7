"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveRemoteImagesSetting } from "@/app/actions/remote-images-setting";

/** "Always load images from other websites": off by default, saved as soon as it is switched. */
export function RemoteImagesSetting({ initial }: { initial: boolean }) {
  const t = useTranslations("privacy");
  const [checked, setChecked] = useState(initial);
  const [status, setStatus] = useState<"saved" | "error" | null>(null);
  const [pending, start] = useTransition();
  return (
    <section aria-labelledby="remote-images-title" data-testid="remote-images-setting" className="space-y-2">
      <h2 id="remote-images-title" className="font-medium">
        {t("remoteImagesTitle")}
      </h2>
      <p className="text-sm text-slate-500">{t("remoteImagesHint")}</p>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={checked}
          disabled={pending}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setChecked(next);
            start(async () => {
              const result = await saveRemoteImagesSetting({ loadRemoteImages: next });
              setStatus(result.ok ? "saved" : "error");
              if (!result.ok) setChecked(!next);
            });
          }}
        />
        {t("alwaysLoad")}
      </label>
      {status && (
        <p role="status" data-testid="remote-images-status" className="text-sm text-slate-500">
          {t(status)}
        </p>
      )}
    </section>
  );
}
