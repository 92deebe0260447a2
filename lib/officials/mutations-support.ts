/** What the official mutations share: the record in reach, its version, its NIP, and where it may be placed. */
import { DomainError, NotFoundError, StaleRecordError } from "@/lib/actions/errors";
import { isInScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldsChangedFrom, officialFormValues } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Message keys of this module's refusals (lib/i18n/messages/<locale>/official-record.json). */
export const ERR = "officialRecord.errors";

/** The official as stored, or NotFoundError; the caller authorises it before anything else. */
export async function findOfficial(tx: Tx, id: string) {
  const official = await tx.official.findUnique({ where: { id } });
  if (!official) throw new NotFoundError("Official");
  return official;
}

export type StoredOfficial = Awaited<ReturnType<typeof findOfficial>>;

/**
 * Optimistic locking: refuses when the stored version moved on since the form was loaded, naming the fields whose
 * stored value differs from `reference` (the values the form started from, as the form holds them).
 */
export function assertVersion(
  stored: StoredOfficial,
  version: number,
  reference: Partial<Record<string, string>>,
) {
  if (stored.version !== version)
    throw new StaleRecordError(fieldsChangedFrom(officialFormValues(stored), reference));
}

/**
 * Writes the change only if nobody saved since `version` (the read above and this write may interleave with
 * another editor's transaction), then returns the new row.
 */
export async function updateAtVersion(
  tx: Tx,
  stored: StoredOfficial,
  version: number,
  data: Prisma.OfficialUncheckedUpdateManyInput,
) {
  const { count } = await tx.official.updateMany({
    where: { id: stored.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const now = await findOfficial(tx, stored.id);
    throw new StaleRecordError(fieldsChangedFrom(officialFormValues(now), officialFormValues(stored)));
  }
  return findOfficial(tx, stored.id);
}

/**
 * NIPs are unique: a taken NIP is an error on the field, naming the holder only if the user may see them.
 * `write` runs the insert or update; a NIP taken between this check and the write surfaces as P2002.
 */
export async function withUniqueNip<T>(
  tx: Tx,
  user: CurrentUser,
  nip: string | null,
  exceptId: string | null,
  write: () => Promise<T>,
) {
  if (nip) {
    const holder = await tx.official.findUnique({
      where: { nip },
      select: { id: true, name: true, unitId: true },
    });
    if (holder && holder.id !== exceptId) {
      if (isInScope(user, holder.unitId))
        throw new DomainError(`${ERR}.nipTakenBy`, { name: holder.name }, "nip");
      throw new DomainError(`${ERR}.nipTaken`, {}, "nip");
    }
  }
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: unknown }).code === "P2002") throw new DomainError(`${ERR}.nipTaken`, {}, "nip");
    throw error;
  }
}

/** The unit must be live and the section, if any, one of its own. */
export async function assertPlacement(tx: Tx, unitId: string, sectionId: string | null | undefined) {
  const unit = await tx.workUnit.findUnique({ where: { id: unitId }, select: { deactivatedAt: true } });
  if (!unit || unit.deactivatedAt) throw new DomainError(`${ERR}.unitInactive`, {}, "unitId");
  if (!sectionId) return;
  const section = await tx.section.findUnique({ where: { id: sectionId }, select: { unitId: true } });
  if (section?.unitId !== unitId) throw new DomainError(`${ERR}.sectionNotInUnit`, {}, "sectionId");
}

/** The posts the official holds now (riwayat jabatan rows without an end date), oldest first. */
export function currentAssignments(tx: Tx, officialId: string) {
  return tx.assignment.findMany({
    where: { officialId, endDate: null },
    include: { position: { select: { title: true } } },
    orderBy: { startDate: "asc" },
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Ends the current posts on the day before `from` (an end date is the last day in the post) with `reason`.
 * Refuses, on `field`, a date on or before a post's start: the history would run backwards.
 */
export async function endAssignments(
  tx: Tx,
  assignments: Awaited<ReturnType<typeof currentAssignments>>,
  from: Date,
  reason: string,
  field: string,
) {
  const endDate = new Date(from.getTime() - DAY_MS);
  for (const assignment of assignments) {
    if (assignment.startDate.getTime() > endDate.getTime()) {
      const since = assignment.startDate.toISOString().slice(0, 10);
      throw new DomainError(
        `${ERR}.dateBeforePostStart`,
        { post: assignment.position.title, date: since },
        field,
      );
    }
  }
  if (assignments.length === 0) return [];
  await tx.assignment.updateMany({
    where: { id: { in: assignments.map((a) => a.id) } },
    data: { endDate, endReason: reason },
  });
  return tx.assignment.findMany({
    where: { id: { in: assignments.map((a) => a.id) } },
    orderBy: { startDate: "asc" },
  });
}
