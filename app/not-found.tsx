import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("notFound")}</h1>
      <p className="mt-2 text-slate-500">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 hover:underline">
        {t("back")}
      </Link>
    </main>
  );
}
