import { db } from "@/lib/db/client";

export interface DeliveryRow {
  localDay: string;
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  updatedAt: Date;
}

/** The user's latest delivery rows, newest day first: shown in settings so failures are visible. */
export async function listRecentDeliveries(options: { userId: string; limit?: number }): Promise<DeliveryRow[]> {
  return db().reminderDelivery.findMany({
    where: { userId: options.userId },
    orderBy: [{ localDay: "desc" }, { channel: "asc" }],
    take: options.limit ?? 10,
    select: {
      localDay: true,
      channel: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
      updatedAt: true,
    },
  });
}
