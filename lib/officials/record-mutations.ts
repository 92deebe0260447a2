/** Pegawai baru and edits of an official's own data (identity, employment, placement within the rules). */
import "server-only";
import { DomainError } from "@/lib/actions/errors";
import { defineMutation } from "@/lib/actions/mutation";
import { todayOfUnit } from "@/lib/dates/unit-today";
import { ERR, assertPlacement, lockOfficialAt, updateOfficialRow, withUniqueNip } from "./official-store";
import { assertNoPendingChange, recordChange } from "./official-changes";
import { openAssignments } from "./post-history";
import { createOfficialSchema, updateOfficialSchema, type OfficialInput } from "./schemas";
import { isEndedStatus } from "./status";
import { officialData } from "./official-data";
import { assertQuotaConfirmed } from "./quota-warning";
import { rankHistoryData } from "./rank-history";
import { startAssignment } from "./start-assignment";

// Pensiun, mutasi keluar and the like end the official's posts too: they go through endService, not the form.
function assertStatusByForm(status: OfficialInput["status"], storedStatus: OfficialInput["status"] | null) {
  if (isEndedStatus(status) && status !== storedStatus)
    throw new DomainError(`${ERR}.statusViaEndService`, {}, "status");
}

/**
 * Records a new official in a unit in the user's scope, optionally in one of the unit's posts from a TMT on a
 * decree (the post's quota checked under its lock, as for a move; a TMT after today makes it a scheduled post).
 * A unit already at its formasi asks for confirmation first.
 */
export const createOfficial = defineMutation({
  action: "official.manage",
  schema: createOfficialSchema,
  async run({ tx, user, input, authorize, audit }) {
    authorize({ unitId: input.unitId });
    const sectionId = await sectionOfPost(tx, input.positionId, input.sectionId);
    await assertPlacement(tx, input.unitId, sectionId);
    assertStatusByForm(input.status, null);
    const official = await withUniqueNip(tx, user, input.nip, null, () =>
      tx.official.create({ data: { ...officialData(input), sectionId, ...rankHistoryData(input) } }),
    );
    const started =
      input.positionId && input.startDate
        ? await startAssignment(
            { tx, authorize },
            {
              officialId: official.id,
              positionId: input.positionId,
              unitId: input.unitId,
              startDate: input.startDate,
              decreeNumber: input.decreeNumber,
              decreeDate: input.decreeDate,
            },
          )
        : null;
    // After the writes, so that a refusal of the post comes first; the transaction undoes them if asked.
    await assertQuotaConfirmed(tx, input, await todayOfUnit(tx, input.unitId), input.confirmQuota, true);
    await audit({
      action: "official.create",
      entityType: "Official",
      entityId: official.id,
      unitId: official.unitId,
      after: { ...official, ...(started ? { newAssignment: started.assignment } : {}) },
    });
    return { id: official.id };
  },
});

/** The section a new official takes: the one chosen, else the post's; a post in another section is refused. */
async function sectionOfPost(
  tx: Parameters<typeof assertPlacement>[0],
  positionId: string | undefined,
  chosen: string | undefined,
) {
  if (!positionId) return chosen ?? null;
  const post = await tx.position.findUnique({ where: { id: positionId }, select: { sectionId: true } });
  if (post?.sectionId && chosen && post.sectionId !== chosen)
    throw new DomainError(`${ERR}.positionNotInSection`, {}, "sectionId");
  return chosen ?? post?.sectionId ?? null;
}

/**
 * When a status chosen in the edit form takes effect (its TMT, "Berlaku mulai"): today when no date is given or the
 * date has come (a past date applies now, as today: the days already gone keep the status they had), otherwise on
 * that date, as a scheduled change. Null when the status stays as stored.
 */
async function statusTiming(
  tx: Parameters<typeof todayOfUnit>[0],
  input: { status: OfficialInput["status"]; unitId: string; statusEffectiveDate?: Date },
  storedStatus: OfficialInput["status"],
) {
  if (input.status === storedStatus) return null;
  const today = await todayOfUnit(tx, input.unitId);
  const date = input.statusEffectiveDate;
  return date && date > today
    ? { effectiveDate: date, scheduled: true }
    : { effectiveDate: today, scheduled: false };
}

/**
 * Edits an official. Refused when someone else saved since the form was loaded (naming what they changed). A
 * new unit must be in scope too, and only for someone who holds no post (now or scheduled) and has no scheduled
 * change: a post-holder changes unit by mutasi. A new status dated later is scheduled (an OfficialChange of kind
 * STATUS, one pending change at a time) and the stored one stays until its day; the other fields save at once.
 */
export const updateOfficial = defineMutation({
  action: "official.manage",
  schema: updateOfficialSchema,
  async run({ tx, user, input, authorize, audit }) {
    const before = await lockOfficialAt(tx, input.id, input.version, authorize);
    if (input.unitId !== before.unitId) authorize({ unitId: input.unitId });

    await assertPlacement(tx, input.unitId, input.sectionId);
    assertStatusByForm(input.status, before.status);
    if (input.unitId !== before.unitId) {
      // A post held now or scheduled to start ties the official to its unit; a scheduled move sets the unit itself.
      const today = await todayOfUnit(tx, before.unitId);
      if ((await openAssignments(tx, before.id, today)).length > 0) {
        throw new DomainError(`${ERR}.unitChangeHoldsPost`, {}, "unitId");
      }
      await assertNoPendingChange(tx, before.id);
      await assertQuotaConfirmed(tx, input, await todayOfUnit(tx, input.unitId), input.confirmQuota);
    }
    const timing = await statusTiming(tx, input, before.status);
    if (timing?.scheduled) await assertNoPendingChange(tx, before.id, "statusEffectiveDate");
    const status = timing?.scheduled ? before.status : input.status;
    const after = await withUniqueNip(tx, user, input.nip, before.id, () =>
      updateOfficialRow(tx, before.id, { ...officialData(input), status, ...rankHistoryData(input) }),
    );
    const change = timing?.scheduled
      ? await recordChange(tx, user, after, {
          kind: "STATUS",
          effectiveDate: timing.effectiveDate,
          status: input.status,
          endedAssignments: [],
        })
      : null;
    const entry = {
      action: "official.update",
      entityType: "Official",
      entityId: after.id,
      before,
      after: {
        ...after,
        ...(timing ? { statusEffectiveDate: timing.effectiveDate } : {}),
        ...(change ? { scheduled: true, scheduledStatus: input.status, changeId: change.change.id } : {}),
      },
    };
    // A change of unit belongs in both units' audit trails.
    await audit({ ...entry, unitId: after.unitId });
    if (before.unitId !== after.unitId) await audit({ ...entry, unitId: before.unitId });
    return { id: after.id };
  },
});
