"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setLoadRemoteImages } from "@/lib/db/users/set-load-remote-images";
import { authedAction } from "./_lib/action";

/** The settings page's "always load images from other websites" switch. */
export const saveRemoteImagesSetting = authedAction(
  z.object({ loadRemoteImages: z.boolean() }),
  async ({ loadRemoteImages }, user) => {
    await setLoadRemoteImages({ userId: user.id, loadRemoteImages });
    revalidatePath("/", "layout");
  },
);
