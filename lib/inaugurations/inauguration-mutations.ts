/** Pelantikan: scheduling, the list of appointees, attendance at the door, the collective decree, completion. */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { saveRecord } from "@/lib/actions/save-record";
import { assertVersion } from "@/lib/actions/stale";
import { recordDecree } from "@/lib/appointments/decree-store";
import { lockRow } from "@/lib/db/lock-row";
import { transition } from "@/lib/workflow/transition";
import { transitionInput, transitionMutation } from "@/lib/workflow/transition-mutation";
import { lockPlannedCeremony } from "./ceremony-store";
import { freeProposal } from "./free-proposal";
import { INAUGURATION_ERRORS } from "./completion";
import { instantInZone } from "./local-time";
import {
  appointeesInput,
  attendanceInput,
  collectiveDecreeInput,
  inaugurationInput,
  removeAppointeeInput,
} from "./schemas";
import { inaugurationWorkflow } from "./workflow";

const ENTITY = "Inauguration";

/** Jadwalkan pelantikan, or change a planned one; the ceremony belongs to the user's own unit. */
export const saveInauguration = defineMutation({
  action: "inauguration.manage",
  schema: inaugurationInput,
  async run({ tx, user, input, authorize, audit }) {
    const { id, version, date, time, ...fields } = input;
    const before = id ? await lockPlannedCeremony({ tx, authorize }, id) : null;
    if (before) await assertVersion(tx, ENTITY, before, version ?? 0);
    const unitId = before?.unitId ?? user.unit.id;
    authorize({ unitId });
    const unit = await tx.workUnit.findUniqueOrThrow({ where: { id: unitId }, select: { timeZone: true } });
    const data = {
      ...fields,
      location: fields.location ?? null,
      onlineUrl: fields.onlineUrl ?? null,
      witnessOne: fields.witnessOne ?? null,
      witnessTwo: fields.witnessTwo ?? null,
      clergy: fields.clergy ?? null,
      scheduledAt: instantInZone(date, time, unit.timeZone),
    };
    const after = await saveRecord(
      { audit },
      { prefix: "inauguration", entityType: ENTITY, unitId, before },
      {
        create: () => tx.inauguration.create({ data: { ...data, unitId } }),
        update: (id, next) => tx.inauguration.update({ where: { id }, data: { ...data, version: next } }),
      },
    );
    return { id: after.id };
  },
});

/** Tambahkan ke daftar: approved proposals in scope that no other planned ceremony holds. */
export const addAppointees = defineMutation({
  action: "inauguration.manage",
  schema: appointeesInput,
  async run({ tx, input, authorize, audit }) {
    const ceremony = await lockPlannedCeremony({ tx, authorize }, input.id);
    for (const proposalId of input.proposalIds) {
      await lockRow(tx, "appointment_proposal", proposalId);
      const proposal = await tx.appointmentProposal.findUnique({
        where: { id: proposalId },
        select: {
          id: true,
          unitId: true,
          status: true,
          inaugurationId: true,
          version: true,
          official: { select: { name: true } },
        },
      });
      if (!proposal) throw new NotFoundError("AppointmentProposal");
      authorize(proposal);
      if (proposal.status !== "APPROVED" || proposal.inaugurationId) {
        throw new DomainError(`${INAUGURATION_ERRORS}.notAvailable`, { name: proposal.official.name });
      }
      await tx.appointmentProposal.update({
        where: { id: proposal.id },
        data: { inaugurationId: ceremony.id, version: proposal.version + 1 },
      });
      await tx.inaugurationAppointee.create({
        data: { inaugurationId: ceremony.id, proposalId: proposal.id },
      });
      await audit({
        action: "appointment.schedule",
        entityType: "AppointmentProposal",
        entityId: proposal.id,
        unitId: proposal.unitId,
        before: { inaugurationId: null },
        after: { inaugurationId: ceremony.id },
      });
    }
    return { id: ceremony.id };
  },
});

/** Keluarkan dari daftar: the proposal stays approved, free for another ceremony. */
export const removeAppointee = defineMutation({
  action: "inauguration.manage",
  schema: removeAppointeeInput,
  async run({ tx, input, authorize, audit }) {
    const ceremony = await lockPlannedCeremony({ tx, authorize }, input.id);
    const appointee = await tx.inaugurationAppointee.findFirst({
      where: { id: input.appointeeId, inaugurationId: ceremony.id },
      select: { id: true, proposal: { select: { id: true, unitId: true, version: true } } },
    });
    if (!appointee) throw new NotFoundError("InaugurationAppointee");
    authorize(appointee.proposal);
    await tx.inaugurationAppointee.delete({ where: { id: appointee.id } });
    await freeProposal({ tx, authorize, audit }, appointee.proposal, ceremony.id, "unschedule");
    return { id: ceremony.id };
  },
});

/**
 * One mark at the door. No version check: two phones marking different people must not refuse each other, and the
 * last mark of one person is the one that counts (docs/decisions/010-shared-kit.md, attendance).
 */
export const markAttendance = defineMutation({
  action: "inauguration.manage",
  schema: attendanceInput,
  async run({ tx, input, authorize, audit }) {
    const ceremony = await lockPlannedCeremony({ tx, authorize }, input.inaugurationId);
    const appointee = await tx.inaugurationAppointee.findFirst({
      where: { id: input.appointeeId, inaugurationId: ceremony.id },
      select: { id: true, attendance: true },
    });
    if (!appointee) throw new NotFoundError("InaugurationAppointee");
    await tx.inaugurationAppointee.update({
      where: { id: appointee.id },
      data: { attendance: input.status },
    });
    await audit({
      action: "inauguration.attendance",
      entityType: "InaugurationAppointee",
      entityId: appointee.id,
      unitId: ceremony.unitId,
      before: { attendance: appointee.attendance },
      after: { attendance: input.status },
    });
    return { id: ceremony.id };
  },
});

/** SK kolektif: one decree of the ceremony's unit for every appointee on the list who has none yet. */
export const recordCollectiveDecree = defineMutation({
  action: "inauguration.manage",
  schema: collectiveDecreeInput,
  async run({ tx, input, authorize, audit }) {
    const ceremony = await lockPlannedCeremony({ tx, authorize }, input.id);
    const waiting = await tx.appointmentProposal.findMany({
      where: { inaugurationId: ceremony.id, decreeId: null },
      select: { id: true, unitId: true },
    });
    if (waiting.length === 0) throw new DomainError(`${INAUGURATION_ERRORS}.allHaveDecrees`);
    const decree = await recordDecree(tx, ceremony.unitId, input);
    for (const proposal of waiting) {
      authorize(proposal);
      await tx.appointmentProposal.update({ where: { id: proposal.id }, data: { decreeId: decree!.id } });
    }
    await audit({
      action: "inauguration.decree",
      entityType: ENTITY,
      entityId: ceremony.id,
      unitId: ceremony.unitId,
      before: null,
      after: { decree, proposalIds: waiting.map((proposal) => proposal.id) },
    });
    return { id: ceremony.id };
  },
});

/**
 * Pelantikan selesai: every present appointee's posts change in this one transaction, about twenty statements each.
 * The seed-000 ceremony had 48 appointees, which took some 4 s here, too close to the default 5 s: on a busier
 * database the whole ceremony would be refused as "busy". A minute leaves room for a ceremony several times as big.
 */
const COMPLETION_TIMEOUT_MS = 60_000;

export const completeInauguration = defineMutation({
  action: inaugurationWorkflow.transitions.complete.action,
  schema: transitionInput,
  timeout: COMPLETION_TIMEOUT_MS,
  run: (context) => transition(context, inaugurationWorkflow, { ...context.input, name: "complete" }),
});
export const cancelInauguration = transitionMutation(inaugurationWorkflow, "cancel");
