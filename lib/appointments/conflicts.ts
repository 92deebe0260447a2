/**
 * Benturan usulan: what makes a proposal impossible, checked when it is drafted, at every step and before the
 * ceremony. The official's row and the post's row are locked first (in that order, everywhere), so two proposals
 * drafted or decided at the same moment cannot both pass.
 */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { heldOnWhere } from "@/lib/assignments/current";
import { todayOfUnit } from "@/lib/dates/unit-today";
import { isEndedStatus } from "@/lib/officials/status";
import { rankLabel } from "@/lib/officials/ranks";
import { rankMeetsMinimum, ruleFor } from "./level-rules";
import { loadLevelRules } from "./level-rule-store";

type Tx = Prisma.TransactionClient;

/** Message keys of this module's refusals (lib/i18n/messages/<locale>/appointments.json). */
export const APPOINTMENT_ERRORS = "appointments.errors";

/** Proposals that still claim their official and their post. */
export const OPEN_STATUSES: ProposalStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];

export interface ProposalClaim {
  /** Absent for a proposal not yet stored. */
  id?: string;
  officialId: string;
  positionId: string;
}

/** Refuses the proposal with the first conflict found, under locks on the official and the post. */
export async function assertProposalFits(tx: Tx, claim: ProposalClaim): Promise<void> {
  await lockRow(tx, "official", claim.officialId);
  await lockRow(tx, "position", claim.positionId);
  const [official, post] = await Promise.all([
    tx.official.findUniqueOrThrow({
      where: { id: claim.officialId },
      select: { name: true, status: true, rank: true },
    }),
    tx.position.findUniqueOrThrow({
      where: { id: claim.positionId },
      select: { unitId: true, level: true, abolishedAt: true, title: true },
    }),
  ]);
  if (isEndedStatus(official.status))
    throw new DomainError(`${APPOINTMENT_ERRORS}.officialNotActive`, {}, "officialId");
  if (post.abolishedAt) throw new DomainError(`${APPOINTMENT_ERRORS}.postAbolished`, {}, "positionId");
  const rule = ruleFor(await loadLevelRules(tx), post.level);
  if (!rankMeetsMinimum(official.rank, rule.minimumRank)) {
    throw new DomainError(
      `${APPOINTMENT_ERRORS}.rankTooLow`,
      { minimum: rankLabel(rule.minimumRank!), rank: official.rank ? rankLabel(official.rank) : "-" },
      "officialId",
    );
  }
  const today = await todayOfUnit(tx, post.unitId);
  const holds = await tx.assignment.count({
    where: { officialId: claim.officialId, positionId: claim.positionId, ...heldOnWhere(today) },
  });
  if (holds > 0) throw new DomainError(`${APPOINTMENT_ERRORS}.alreadyHoldsPost`, {}, "positionId");

  const others = await tx.appointmentProposal.findMany({
    where: {
      id: claim.id ? { not: claim.id } : undefined,
      status: { in: OPEN_STATUSES },
      OR: [{ officialId: claim.officialId }, { positionId: claim.positionId }],
    },
    select: { officialId: true, status: true, unit: { select: { name: true } } },
  });
  const sameOfficial = others.find((other) => other.officialId === claim.officialId);
  if (sameOfficial) {
    throw new DomainError(
      `${APPOINTMENT_ERRORS}.officialInOtherProposal`,
      { unit: sameOfficial.unit.name },
      "officialId",
    );
  }
  const samePost = others[0];
  if (samePost) {
    if (samePost.status === "APPROVED")
      throw new DomainError(`${APPOINTMENT_ERRORS}.postPromised`, {}, "positionId");
    throw new DomainError(`${APPOINTMENT_ERRORS}.postInOtherProposal`, {}, "positionId");
  }
}
