/**
 * Pemberitahuan: written by the mutation that makes the change, in its transaction, so a notification exists
 * exactly when the change does. Recipients are the active accounts of the units concerned and the accounts of
 * the officials named (the person in charge), except the one who acted and read-only viewers.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export interface NotificationRequest {
  kind: NotificationKind;
  /** What it is about, as it reads now (a follow-up's title, a unit's name). */
  subject: string;
  link: string;
  followUpId?: string;
  unitIds: string[];
  officialIds?: (string | null)[];
  /** The user who acted: nobody is told of their own change. */
  actorId: string;
}

export async function notify(tx: Prisma.TransactionClient, request: NotificationRequest): Promise<number> {
  const officialIds = (request.officialIds ?? []).filter((id): id is string => Boolean(id));
  const users = await tx.user.findMany({
    where: {
      active: true,
      role: { not: "VIEWER" },
      id: { not: request.actorId },
      OR: [{ unitId: { in: request.unitIds } }, { officialId: { in: officialIds } }],
    },
    select: { id: true },
  });
  const { count } = await tx.notification.createMany({
    data: users.map((user) => ({
      userId: user.id,
      kind: request.kind,
      subject: request.subject,
      link: request.link,
      followUpId: request.followUpId ?? null,
    })),
  });
  return count;
}
