"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { createDrillCards } from "@/lib/db/drills/create-drill-cards";
import { generateDrills } from "@/lib/simulator";
import { generateDrillsSchema } from "@/lib/validations/simulator";
import { authedAction, formStateAction } from "./_lib/action";

/** Generates `count` drills from `seed` (the engine answers each) and stores them as the user's drill cards. */
export const createDrills = formStateAction(
  authedAction(generateDrillsSchema, async ({ count, seed }, user) => {
    const [locale, t] = await Promise.all([getLocale(), getTranslations("simulator.drills")]);
    const result = await createDrillCards({
      userId: user.id,
      drills: generateDrills(count, seed),
      locale: locale === "ko" ? "ko" : "en",
      noteTitle: t("noteTitle"),
    });
    revalidatePath("/simulator");
    revalidatePath("/review");
    revalidatePath("/");
    return { created: result.created, existing: result.existing };
  }),
);
