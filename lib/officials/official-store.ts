/** What the official mutations share: the record locked and in reach, its NIP, and where it may be placed. */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { assertVersion } from "@/lib/actions/stale";
import { isInScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/types";
import { lockRow } from "@/lib/db/lock-row";
import { beforeFullStop } from "@/lib/i18n/sentence";
import type { Prisma } from "@/lib/generated/prisma/client";

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
 * The official locked until the transaction ends, authorised, and still at the `version` the form was loaded at
 * (otherwise a conflict naming what others changed). Nobody can save in between this and the caller's write.
 */
export async function lockOfficialAt(
  tx: Tx,
  id: string,
  version: number,
  authorize: (record: { unitId: string }) => void,
): Promise<StoredOfficial> {
  await lockRow(tx, "official", id);
  const official = await findOfficial(tx, id);
  authorize(official);
  await assertVersion(tx, "Official", official, version);
  return official;
}

/** Writes `data` to a locked official and bumps its version. */
export function updateOfficialRow(tx: Tx, id: string, data: Prisma.OfficialUncheckedUpdateInput) {
  return tx.official.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

/**
 * NIPs are unique: a taken NIP is an error on the field, naming the holder only if the user may see them (a holder
 * in another regency is not revealed, not even where). `write` runs the insert or update; a NIP taken between this
 * check and the write surfaces as P2002.
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
        throw new DomainError(`${ERR}.nipTakenBy`, { name: beforeFullStop(holder.name) }, "nip");
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
