import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { requireUser } from "@/lib/auth/session";
import { ReminderSettings } from "./_components/reminder-settings";

export default async function SettingsPage() {
  const user = await requireUser();
  const t = await getTranslations("settings");
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <h2 className="mb-2 font-medium">{t("language")}</h2>
          <LanguageSwitch />
        </Card>
        <Card>
          <h2 className="mb-2 font-medium">{t("account")}</h2>
          <p className="text-sm text-slate-500">{t("signedInAs", { email: user.email })}</p>
        </Card>
        <ReminderSettings />
      </div>
    </>
  );
}
