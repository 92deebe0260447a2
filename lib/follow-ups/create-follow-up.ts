/**
 * Opens one follow-up (tindak lanjut) inside the caller's mutation: the row with its person in charge, its audit
 * entry, and the responsible unit and that person told. Every source (a finding, a unit's request, an event's
 * outcome) opens them the same way.
 */
import "server-only";
import type { MutationContext } from "@/lib/actions/mutation";
import type { FollowUpSource, SupervisionArea } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { unitHead } from "@/lib/units/unit-heads";
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
  /**
   * Penanggung jawab. Left out: the unit's head (its Sekretaris) on the unit's today, or nobody while that post is
   * vacant. Callers opening many at once pass the heads they read together (`unitHeads`).
   */
  ownerOfficialId?: string | null;
}

export async function createFollowUp(
  { tx, user, authorize, audit }: Pick<MutationContext<unknown>, "tx" | "user" | "authorize" | "audit">,
  data: NewFollowUp,
) {
  authorize({ unitId: data.unitId });
  const ownerOfficialId =
    data.ownerOfficialId === undefined ? await unitHead(tx, data.unitId) : data.ownerOfficialId;
  const followUp = await tx.followUp.create({
    data: { ...data, description: data.description ?? null, ownerOfficialId },
  });
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
    officialIds: [followUp.ownerOfficialId],
    actorId: user.id,
  });
  return followUp;
}
