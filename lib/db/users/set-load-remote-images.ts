import { db } from "@/lib/db/client";

/** Saves the user's "always load remote images" setting (off by default: they reveal the student's address). */
export async function setLoadRemoteImages(options: { userId: string; loadRemoteImages: boolean }): Promise<void> {
  await db().user.update({ where: { id: options.userId }, data: { loadRemoteImages: options.loadRemoteImages } });
}
