import "server-only";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";

export const NOTIFICATIONS_PAGE_SIZE = 50;

/** The unread count in the app header. */
export function countUnread(user: Pick<CurrentUser, "id">): Promise<number> {
  return prisma.notification.count({ where: { userId: user.id, readAt: null } });
}

/** The user's latest notifications, newest first. */
export function listNotifications(user: Pick<CurrentUser, "id">) {
  return prisma.notification.findMany({
    where: { userId: user.id },
    select: { id: true, kind: true, subject: true, link: true, readAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: NOTIFICATIONS_PAGE_SIZE,
  });
}
