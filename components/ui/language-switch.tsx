import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/set-locale";
import { locales } from "@/lib/i18n/locale";

const labels: Record<string, string> = { en: "English", ko: "한국어" };

/** Two buttons posting to a server action: works without JavaScript. */
export async function LanguageSwitch() {
  const [current, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  return (
    <form action={setLocale} className="flex items-center gap-1 text-xs" aria-label={t("language")}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          className="rounded px-2 py-1 text-slate-500 hover:bg-slate-200 aria-pressed:bg-slate-200 aria-pressed:font-semibold aria-pressed:text-slate-900 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-800 dark:aria-pressed:text-white"
        >
          {labels[locale]}
        </button>
      ))}
    </form>
  );
}
