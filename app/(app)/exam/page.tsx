import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { loadExamOverview } from "@/lib/db/exams/load-exam-overview";
import { examLabel, totalQuestions } from "@/lib/exams";
import { CustomExamForm } from "./_components/custom-exam-form";
import { MappingRow, StartMockForm, TargetForm } from "./_components/exam-forms";
import { ReadinessCard } from "./_components/readiness-card";

export const dynamic = "force-dynamic";

/** Target exam and date, the readiness forecast, mock exams and the domain mapping. */
export default async function ExamPage() {
  const user = await requireUser();
  const [overview, t, format, locale] = await Promise.all([
    loadExamOverview({ userId: user.id, now: new Date(), withMapping: true }),
    getTranslations("exams"),
    getFormatter(),
    getLocale(),
  ]);
  const lang = locale === "ko" ? "ko" : "en";
  const { profile, target, mapping } = overview;
  const options = overview.choices.map((p) => ({
    code: p.code,
    label: p.retired
      ? t("target.retired", { name: `${examLabel(p)} · ${p.name[lang]}` })
      : `${examLabel(p)} · ${p.name[lang]}`,
  }));
  const domains = profile.domains.map((d) => ({ id: d.id, name: d.name[lang] }));
  const mapped = new Map(mapping?.rules.map((r) => [`${r.kind}:${r.value}`, r.domainId]));
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <Card>
        <h2 className="mb-2 font-medium">{t("target.title")}</h2>
        <TargetForm
          options={options}
          examCode={target.examCode}
          examDate={target.examDate}
          beforeExamDays={target.beforeExamDays}
          today={overview.today}
        />
      </Card>
      <Card>
        <details data-testid="custom-exam">
          <summary className="cursor-pointer font-medium">{t("custom.open")}</summary>
          <p className="mt-2 mb-3 text-sm text-slate-500">{t("custom.intro")}</p>
          <CustomExamForm />
        </details>
      </Card>
      <ReadinessCard
        profile={profile}
        readiness={overview.readiness}
        examDate={overview.readiness.on === overview.today ? null : overview.readiness.on}
        trend={overview.trend}
        mocks={overview.mocks}
      />
      <Card>
        <h2 className="font-medium">{t("mock.title")}</h2>
        <p className="mb-3 text-sm text-slate-500">
          {t("mock.intro", { questions: totalQuestions(profile), minutes: profile.minutes })}
        </p>
        <StartMockForm examCode={profile.code} questions={totalQuestions(profile)} minutes={profile.minutes} />
        <h3 className="mt-4 mb-1 text-sm font-medium">{t("mock.history")}</h3>
        {overview.mocks.length === 0 ? (
          <p className="text-sm text-slate-500">{t("mock.none")}</p>
        ) : (
          <table className="w-full text-sm" data-testid="mock-history">
            <thead className="text-left text-xs text-slate-500">
              <tr>
                <th className="py-1 font-normal">{t("mock.date")}</th>
                <th className="py-1 text-right font-normal">{t("mock.questions")}</th>
                <th className="py-1 text-right font-normal">{t("mock.score")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {overview.mocks.map((m) => (
                <tr key={m.quizId} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="py-1">
                    {format.dateTime(m.createdAt, {
                      month: "short",
                      day: "numeric",
                      hour: "numeric",
                      minute: "2-digit",
                    })}
                  </td>
                  <td className="py-1 text-right tabular-nums">{format.number(m.questions)}</td>
                  <td className="py-1 text-right tabular-nums">
                    {m.scaledScore === null ? t("mock.running") : format.number(m.scaledScore)}
                  </td>
                  <td className="py-1 text-right">
                    <Link
                      className="text-brand-700 underline dark:text-brand-100"
                      href={m.scaledScore === null ? `/quiz/${m.quizId}` : `/quiz/${m.quizId}/results`}
                    >
                      {t("mock.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {mapping && (
        <section id="mapping" className="scroll-mt-4">
          <Card>
            <h2 className="font-medium">{t("mapping.title")}</h2>
            <p className="mb-2 text-sm text-slate-500">{t("mapping.intro")}</p>
            {mapping.unmapped.length === 0 && mapping.unmappedWithoutKeys === 0 ? (
              <p className="text-sm">{t("mapping.allMapped")}</p>
            ) : (
              <div className="divide-y divide-slate-100 dark:divide-slate-800">
                {mapping.unmapped.map((g) => (
                  <MappingRow
                    key={`${g.kind}:${g.value}`}
                    examCode={profile.code}
                    kind={g.kind}
                    value={g.value}
                    label={`${t(`mapping.kind.${g.kind}`)}: ${g.value} · ${t("mapping.notes", { count: g.notes })}`}
                    domains={domains}
                    selected={g.suggestedDomainId}
                    suggested
                  />
                ))}
              </div>
            )}
            {mapping.unmappedWithoutKeys > 0 && (
              <p className="mt-2 text-xs text-slate-500">
                {t("mapping.withoutKeys", { count: mapping.unmappedWithoutKeys })}
              </p>
            )}
            {mapping.rules.length > 0 && (
              <>
                <h3 className="mt-4 text-sm font-medium">{t("mapping.rules")}</h3>
                <div className="divide-y divide-slate-100 dark:divide-slate-800">
                  {mapping.rules.map((r) => (
                    <MappingRow
                      key={`${r.kind}:${r.value}`}
                      examCode={profile.code}
                      kind={r.kind}
                      value={r.value}
                      label={`${t(`mapping.kind.${r.kind}`)}: ${r.value}`}
                      domains={domains}
                      selected={mapped.get(`${r.kind}:${r.value}`) ?? null}
                      suggested={false}
                    />
                  ))}
                </div>
              </>
            )}
          </Card>
        </section>
      )}
    </div>
  );
}
