import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { countDueCards } from "@/lib/db/reminders/load-due-cards";
import { studyDayOf } from "@/lib/schedule";
import { DueBannerView } from "./due-banner-view";

/**
 * The in-app reminder: a strip under the header with today's due count as a badge and a link into the
 * review. Counted like the review page (active cards due on or before today's study day).
 */
export async function DueBanner() {
  const user = await requireUser();
  const [t, count] = await Promise.all([
    getTranslations("reminders"),
    countDueCards({ userId: user.id, on: studyDayOf(new Date(), user) }),
  ]);
  if (count === 0) return null;
  return (
    <DueBannerView count={count} text={t("bannerDue", { count })} cta={t("bannerCta")} badgeLabel={t("badgeLabel")} />
  );
}
