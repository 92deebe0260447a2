/**
 * Completing a ceremony (pelantikan selesai): checked, then every appointee present takes up the post on the
 * ceremony's date through the dates kit (appointToPost), their proposal becomes inaugurated and their oath is
 * recorded; an absent one stays approved for a later ceremony. All of it runs in the completion's one
 * transaction, so a failure midway leaves nothing changed.
 */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { oathFor } from "@/lib/appointments/oath";
import { todayInZone } from "@/lib/dates/today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appointToPost } from "@/lib/officials/move";
import type { EffectContext, GuardContext } from "@/lib/workflow/definition";
import { freeProposal } from "./free-proposal";

type Ceremony = Prisma.InaugurationGetPayload<object>;

/** Message keys of this module's refusals (lib/i18n/messages/<locale>/inaugurations.json). */
export const INAUGURATION_ERRORS = "inaugurations.errors";

/** End reason of the posts an inauguration ends (translated on the record page). */
export const INAUGURATION_END_REASON = "INAUGURATION";

async function appointeesOf(tx: Prisma.TransactionClient, inaugurationId: string) {
  return tx.inaugurationAppointee.findMany({
    where: { inaugurationId },
    select: {
      id: true,
      attendance: true,
      proposal: {
        select: {
          id: true,
          unitId: true,
          version: true,
          status: true,
          positionId: true,
          decree: { select: { number: true, date: true } },
          official: { select: { id: true, name: true, sortName: true, religion: true } },
        },
      },
    },
    orderBy: { proposal: { official: { sortName: "asc" } } },
  });
}

/** The ceremony's own day, in its unit's zone: the TMT of every post it fills. */
export async function ceremonyDay(tx: Prisma.TransactionClient, ceremony: Ceremony): Promise<Date> {
  const unit = await tx.workUnit.findUniqueOrThrow({
    where: { id: ceremony.unitId },
    select: { timeZone: true },
  });
  return todayInZone(unit.timeZone, ceremony.scheduledAt);
}

/**
 * Refuses a completion before the day, with attendance unmarked, nobody present, a present appointee without SK,
 * or present appointees whose religion is not recorded (the berita acara records sumpah or janji by it: no guess).
 */
export async function assertReadyToComplete({ tx, record }: GuardContext<Ceremony>): Promise<void> {
  const day = await ceremonyDay(tx, record);
  const unit = await tx.workUnit.findUniqueOrThrow({
    where: { id: record.unitId },
    select: { timeZone: true },
  });
  if (day > todayInZone(unit.timeZone)) throw new DomainError(`${INAUGURATION_ERRORS}.notYet`);
  const appointees = await appointeesOf(tx, record.id);
  const unmarked = appointees.filter((appointee) => appointee.attendance === "EXPECTED").length;
  if (unmarked > 0) throw new DomainError(`${INAUGURATION_ERRORS}.attendanceIncomplete`, { count: unmarked });
  const present = appointees.filter((appointee) => appointee.attendance !== "ABSENT");
  if (present.length === 0) throw new DomainError(`${INAUGURATION_ERRORS}.nobodyPresent`);
  const withoutDecree = present.find((appointee) => !appointee.proposal.decree);
  if (withoutDecree)
    throw new DomainError(`${INAUGURATION_ERRORS}.decreeMissing`, {
      name: withoutDecree.proposal.official.name,
    });
  const withoutReligion = present.filter((appointee) => !appointee.proposal.official.religion);
  if (withoutReligion.length > 0)
    throw religionMissing(withoutReligion.map((row) => row.proposal.official.name));
}

function religionMissing(names: string[]): DomainError {
  return new DomainError(`${INAUGURATION_ERRORS}.religionMissing`, {
    names: names.join(", "),
    count: names.length,
  });
}

/** The completion's effect: posts change hands for those present; the absent are freed for a later ceremony. */
export async function inaugurateAppointees(context: EffectContext<Ceremony>): Promise<void> {
  const { tx, after, authorize, audit } = context;
  const day = await ceremonyDay(tx, after);
  for (const appointee of await appointeesOf(tx, after.id)) {
    const proposal = appointee.proposal;
    authorize(proposal);
    if (appointee.attendance === "ABSENT") {
      await freeProposal(context, proposal, after.id, "absent");
      continue;
    }
    const moved = await appointToPost(context, {
      officialId: proposal.official.id,
      positionId: proposal.positionId,
      startDate: day,
      decreeNumber: proposal.decree!.number,
      decreeDate: proposal.decree!.date,
      inaugurationId: after.id,
      endReason: INAUGURATION_END_REASON,
    });
    await audit({
      action: "official.appoint",
      entityType: "Official",
      entityId: proposal.official.id,
      unitId: moved.after.unitId,
      before: moved.before,
      after: {
        ...moved.after,
        assignmentId: moved.assignment?.id ?? null,
        endedAssignmentIds: [...moved.ended, ...moved.replaced].map((ended) => ended.id),
      },
    });
    const oath = oathFor(proposal.official.religion);
    // The guard refused this already; a religion cleared since, in another transaction, is refused the same way.
    if (!oath) throw religionMissing([proposal.official.name]);
    await tx.inaugurationAppointee.update({ where: { id: appointee.id }, data: { oath } });
    await tx.appointmentProposal.update({
      where: { id: proposal.id },
      data: { status: "INAUGURATED", version: proposal.version + 1 },
    });
    await audit({
      action: "appointment.inaugurate",
      entityType: "AppointmentProposal",
      entityId: proposal.id,
      unitId: proposal.unitId,
      before: { status: proposal.status },
      after: { status: "INAUGURATED", inaugurationId: after.id, oath, attendance: appointee.attendance },
    });
  }
}

/** A cancelled ceremony's appointees stay approved, free for another ceremony. */
export async function releaseAppointees(context: EffectContext<Ceremony>): Promise<void> {
  const proposals = await context.tx.appointmentProposal.findMany({
    where: { inaugurationId: context.after.id },
    select: { id: true, unitId: true, version: true },
  });
  for (const proposal of proposals) await freeProposal(context, proposal, context.after.id, "unschedule");
}
