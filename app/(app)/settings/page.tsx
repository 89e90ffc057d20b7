import { getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { requireUser } from "@/lib/auth/session";
import { AccountSecurity } from "./_components/account-security";
import { ApiTokens } from "./_components/api-tokens";
import { ReminderSettings } from "./_components/reminder-settings";
import { RemoteImagesSetting } from "./_components/remote-images-setting";
import { StudySettingsForm } from "./_components/study-settings-form";

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
        <Card className="md:col-span-2">
          <AccountSecurity />
        </Card>
        <Card className="md:col-span-2">
          <RemoteImagesSetting initial={user.loadRemoteImages} />
        </Card>
        <Card className="md:col-span-2">
          <section id="study-settings" aria-labelledby="study-settings-title" data-testid="study-settings">
            <h2 id="study-settings-title" className="font-medium">
              {t("studyTitle")}
            </h2>
            <p className="mb-3 text-sm text-slate-500">{t("studyIntro")}</p>
            <StudySettingsForm
              settings={{
                timeZone: user.timeZone,
                dayStartHour: user.dayStartHour,
                dailyReviewCap: user.dailyReviewCap,
                dailyNewLimit: user.dailyNewLimit,
                targetRetention: user.targetRetention,
              }}
            />
          </section>
        </Card>
        <ReminderSettings />
        <ApiTokens user={user} />
      </div>
    </>
  );
}
