/**
 * Opens one follow-up (tindak lanjut) inside the caller's mutation: the row, its audit entry, and the responsible
 * unit told. Every source (a finding, a unit's request, an event's outcome) opens them the same way.
 */
import "server-only";
import type { MutationContext } from "@/lib/actions/mutation";
import type { FollowUpSource, SupervisionArea } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { followUpLink } from "./links";

export interface NewFollowUp {
  unitId: string;
  source: FollowUpSource;
  title: string;
  description?: string | null;
  dueDate: Date;
  eventId?: string | null;
  outcomeId?: string | null;
  findingId?: string | null;
  /** The area a supervision finding belongs to. */
  area?: SupervisionArea | null;
}

export async function createFollowUp(
  { tx, user, authorize, audit }: Pick<MutationContext<unknown>, "tx" | "user" | "authorize" | "audit">,
  data: NewFollowUp,
) {
  authorize({ unitId: data.unitId });
  const followUp = await tx.followUp.create({ data: { ...data, description: data.description ?? null } });
  await audit({
    action: "followUp.create",
    entityType: "FollowUp",
    entityId: followUp.id,
    unitId: followUp.unitId,
    after: followUp,
  });
  await notify(tx, {
    kind: "FOLLOW_UP_ASSIGNED",
    subject: followUp.title,
    link: followUpLink(followUp.id),
    followUpId: followUp.id,
    unitIds: [followUp.unitId],
    actorId: user.id,
  });
  return followUp;
}
