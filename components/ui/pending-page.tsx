import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";

/** Shown for sections whose feature is not built yet: says so plainly, invents no data. */
export async function PendingPage({ section }: { section: "review" | "quiz" | "simulator" | "notes" }) {
  const [nav, t] = await Promise.all([getTranslations("nav"), getTranslations("pending")]);
  return (
    <>
      <PageTitle>{nav(section)}</PageTitle>
      <Card>
        <h2 className="font-medium">{t("title", { page: nav(section) })}</h2>
        <p className="mt-1 text-sm text-slate-500">{t("body")}</p>
      </Card>
    </>
  );
}
