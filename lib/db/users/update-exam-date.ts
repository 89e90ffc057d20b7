import { db } from "@/lib/db/client";
import { dayToDate } from "@/lib/db/cards/schedule-columns";
import type { StudyDay } from "@/lib/schedule";

/** Sets (or, with null, clears) the exam day the dashboard projects long-term memory to. */
export async function updateExamDate(options: { userId: string; examDate: StudyDay | null }): Promise<void> {
  await db().user.update({
    where: { id: options.userId },
    data: { examDate: dayToDate(options.examDate) },
    select: { id: true },
  });
}
