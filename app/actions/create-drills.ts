"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { createDrillCards } from "@/lib/db/drills/create-drill-cards";
import { generateDrills } from "@/lib/simulator";
import { generateDrillsSchema } from "@/lib/validations/simulator";

export type CreateDrillsState =
  | { ok: true; created: number; existing: number }
  | { ok: false; error: "invalid" | "unknown" }
  | null;

/** Generates `count` drills from `seed` (the engine answers each) and stores them as the user's drill cards. */
export async function createDrills(_previous: CreateDrillsState, formData: FormData): Promise<CreateDrillsState> {
  const user = await requireUser();
  const parsed = generateDrillsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: "invalid" };
  const [locale, t] = await Promise.all([getLocale(), getTranslations("simulator.drills")]);
  try {
    const drills = generateDrills(parsed.data.count, parsed.data.seed);
    const result = await createDrillCards({
      userId: user.id,
      drills,
      locale: locale === "ko" ? "ko" : "en",
      noteTitle: t("noteTitle"),
    });
    revalidatePath("/simulator");
    revalidatePath("/review");
    revalidatePath("/");
    return { ok: true, created: result.created, existing: result.existing };
  } catch (error) {
    console.error(error);
    return { ok: false, error: "unknown" };
  }
}
