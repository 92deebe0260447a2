/**
 * The follow-up (tindak lanjut) workflow: the responsible unit works on it and reports it done with evidence; the
 * level above verifies or reopens it. What the unit cannot resolve it escalates, one level up at a time
 * (kabupaten/kota → provinsi → pusat); the unit holding it takes it over, sends it back with guidance, or escalates
 * it further. Every step is an audit entry and, for escalations, an Escalation row: together, the timeline.
 */
import { DomainError } from "@/lib/actions/errors";
import { isInScope } from "@/lib/auth/scope";
import type { FollowUp, Prisma } from "@/lib/generated/prisma/client";
import { FollowUpStatus } from "@/lib/generated/prisma/enums";
import type { FollowUpStatus as Status } from "@/lib/generated/prisma/enums";
import { defineWorkflow, type EffectContext, type WorkflowUser } from "@/lib/workflow/definition";
import { followUpLink } from "./links";
import { notify } from "@/lib/notifications/notify";
import { unitHead } from "@/lib/units/unit-heads";

/**
 * A follow-up as the workflow reads it: the row, the unit one level above whoever holds it now, and, while it is
 * escalated, the head of the unit holding it (who becomes the person in charge if that unit takes it over).
 */
export type FollowUpRecord = FollowUp & { holderParentId: string | null; holderHeadId: string | null };

const WORKING = ["OPEN", "IN_PROGRESS", "REOPENED"] as const;

async function withHolderParent(tx: Prisma.TransactionClient, row: FollowUp | null) {
  if (!row) return null;
  const holder = await tx.workUnit.findUniqueOrThrow({
    where: { id: row.escalatedToUnitId ?? row.unitId },
    select: { parentId: true },
  });
  const holderHeadId =
    row.status === "ESCALATED" && row.escalatedToUnitId ? await unitHead(tx, row.escalatedToUnitId) : null;
  return { ...row, holderParentId: holder.parentId, holderHeadId };
}

/** Only the responsible unit itself works on it or escalates it. */
const responsibleUnit = (user: WorkflowUser, record: FollowUpRecord) => user.unit.id === record.unitId;
/** Verification is the level above's: a unit above the responsible one (its scope holds it, and it is not it). */
const levelAbove = (user: WorkflowUser, record: FollowUpRecord) =>
  user.unit.id !== record.unitId && isInScope(user, record.unitId);
/** An escalation is answered by the unit it was escalated to. */
const holder = (user: WorkflowUser, record: FollowUpRecord) => user.unit.id === record.escalatedToUnitId;

function hasLevelAbove({ record }: { record: FollowUpRecord }) {
  if (!record.holderParentId) throw new DomainError("followUps.errors.topOfChain");
}

type Context = EffectContext<FollowUpRecord>;

/** One step up: the Escalation row, the previous step answered, the audit entry, and the holder told. */
async function recordEscalation(context: Context) {
  const { tx, user, before, after, reason, audit } = context;
  await answerOpenEscalation(context, "ESCALATED");
  const escalation = await tx.escalation.create({
    data: {
      followUpId: after.id,
      originUnitId: before.escalatedToUnitId ?? before.unitId,
      holderUnitId: after.escalatedToUnitId!,
      reason: reason ?? "",
      raisedById: user.id,
    },
  });
  await audit({
    action: "followUp.escalation",
    entityType: "Escalation",
    entityId: escalation.id,
    unitId: after.unitId,
    after: escalation,
  });
  await notify(tx, {
    kind: "FOLLOW_UP_ESCALATED",
    subject: after.title,
    link: followUpLink(after.id),
    followUpId: after.id,
    unitIds: [after.escalatedToUnitId!],
    actorId: user.id,
  });
}

async function answerOpenEscalation(context: Context, answer: "TAKEN_OVER" | "SENT_BACK" | "ESCALATED") {
  await context.tx.escalation.updateMany({
    where: { followUpId: context.before.id, status: "OPEN" },
    data: {
      status: "RESOLVED",
      answer,
      resolution: context.reason ?? null,
      resolvedById: context.user.id,
      resolvedAt: new Date(),
    },
  });
}

async function tellResponsibleUnit(context: Context, kind: "FOLLOW_UP_RETURNED" | "FOLLOW_UP_VERIFIED") {
  const { after } = context;
  await notify(context.tx, {
    kind,
    subject: after.title,
    link: followUpLink(after.id),
    followUpId: after.id,
    unitIds: [after.unitId],
    officialIds: [after.ownerOfficialId],
    actorId: context.user.id,
  });
}

/**
 * Tells the person in charge a change named, when it is someone new (a step, or an assignment); the unit itself
 * took the step and needs no telling.
 */
export async function tellNewOwner(
  tx: Prisma.TransactionClient,
  change: {
    before: { ownerOfficialId: string | null };
    after: { id: string; title: string; ownerOfficialId: string | null };
  },
  actorId: string,
) {
  const { after, before } = change;
  if (!after.ownerOfficialId || after.ownerOfficialId === before.ownerOfficialId) return;
  await notify(tx, {
    kind: "FOLLOW_UP_ASSIGNED",
    subject: after.title,
    link: followUpLink(after.id),
    followUpId: after.id,
    unitIds: [],
    officialIds: [after.ownerOfficialId],
    actorId,
  });
}

type FollowUpData = Prisma.FollowUpUncheckedUpdateInput;
export type FollowUpTransition =
  "start" | "complete" | "verify" | "reopen" | "escalate" | "takeOver" | "sendBack" | "escalateFurther";

export const followUpWorkflow = defineWorkflow<Status, FollowUpRecord, FollowUpData, FollowUpTransition>({
  entityType: "FollowUp",
  auditPrefix: "followUp",
  table: "follow_up",
  states: Object.values(FollowUpStatus),
  load: async (tx, id) => withHolderParent(tx, await tx.followUp.findUnique({ where: { id } })),
  update: async (tx, id, data) =>
    (await withHolderParent(tx, await tx.followUp.update({ where: { id }, data })))!,
  transitions: {
    start: {
      from: ["OPEN", "REOPENED"],
      to: "IN_PROGRESS",
      action: "followUp.manage",
      allowed: responsibleUnit,
    },
    /** Laporkan selesai: the reason is the evidence note; files are attached on the page. */
    complete: {
      from: WORKING,
      to: "DONE",
      action: "followUp.manage",
      reason: "required",
      allowed: responsibleUnit,
      set: ({ reason, now }) => ({ evidenceNote: reason, completedAt: now }),
    },
    verify: {
      from: ["DONE"],
      to: "VERIFIED",
      action: "followUp.verify",
      allowed: levelAbove,
      set: ({ user, now }) => ({ verifiedById: user.id, verifiedAt: now }),
      effect: (context) => tellResponsibleUnit(context, "FOLLOW_UP_VERIFIED"),
    },
    reopen: {
      from: ["DONE", "VERIFIED"],
      to: "REOPENED",
      action: "followUp.verify",
      reason: "required",
      allowed: levelAbove,
      set: () => ({ verifiedById: null, verifiedAt: null, completedAt: null }),
      effect: (context) => tellResponsibleUnit(context, "FOLLOW_UP_RETURNED"),
    },
    escalate: {
      from: WORKING,
      to: "ESCALATED",
      action: "followUp.manage",
      reason: "required",
      allowed: responsibleUnit,
      guard: hasLevelAbove,
      set: ({ record }) => ({ escalatedToUnitId: record.holderParentId }),
      effect: recordEscalation,
    },
    /**
     * Diambil alih: the holder becomes the responsible unit, and its head the person in charge (nobody while that
     * post is vacant: the unit names one); a new person in charge is told.
     */
    takeOver: {
      from: ["ESCALATED"],
      to: "IN_PROGRESS",
      action: "followUp.verify",
      reason: "optional",
      allowed: holder,
      set: ({ record }) => ({
        unitId: record.escalatedToUnitId!,
        escalatedToUnitId: null,
        ownerOfficialId: record.holderHeadId,
      }),
      effect: async (context) => {
        await answerOpenEscalation(context, "TAKEN_OVER");
        await tellNewOwner(context.tx, context, context.user.id);
      },
    },
    /** Dikembalikan dengan arahan: back to the responsible unit, with the guidance as the reason. */
    sendBack: {
      from: ["ESCALATED"],
      to: "IN_PROGRESS",
      action: "followUp.verify",
      reason: "required",
      allowed: holder,
      set: () => ({ escalatedToUnitId: null }),
      effect: async (context) => {
        await answerOpenEscalation(context, "SENT_BACK");
        await tellResponsibleUnit(context, "FOLLOW_UP_RETURNED");
      },
    },
    escalateFurther: {
      from: ["ESCALATED"],
      to: "ESCALATED",
      action: "followUp.verify",
      reason: "required",
      allowed: holder,
      guard: hasLevelAbove,
      set: ({ record }) => ({ escalatedToUnitId: record.holderParentId }),
      effect: recordEscalation,
    },
  },
});
