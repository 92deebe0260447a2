/**
 * Changes whose day has come take effect without a scheduled job: the first request after a day begins applies
 * them (lazy materialisation, docs/decisions/010-shared-kit.md). Until then reads see the official as they are, and
 * the posts need nothing applied, since their own dates already say who holds what.
 */
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { lockRow } from "@/lib/db/lock-row";
import { addDays, todayInZone } from "@/lib/dates/today";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { changedFields } from "./official-changes";
import { findOfficial, updateOfficialRow } from "./official-store";

/**
 * Applies every pending change whose date is today or earlier in its official's unit's zone, each in its own
 * transaction, audited in the name of whoever scheduled it. Returns how many it applied. Safe to run twice at
 * once: a change is applied only by the transaction that marks it.
 */
export async function applyDueChanges(db: PrismaClient, now = new Date()): Promise<number> {
  // No zone is more than a day ahead of UTC: nothing later than tomorrow in UTC can be due anywhere.
  const candidates = await db.officialChange.findMany({
    where: {
      appliedAt: null,
      cancelledAt: null,
      effectiveDate: { lte: addDays(todayInZone("UTC", now), 1) },
    },
    select: { id: true, effectiveDate: true, official: { select: { unit: { select: { timeZone: true } } } } },
    orderBy: { effectiveDate: "asc" },
  });
  const due = candidates.filter(
    (change) => change.effectiveDate <= todayInZone(change.official.unit.timeZone, now),
  );
  let applied = 0;
  for (const { id } of due) {
    try {
      if (await db.$transaction((tx) => applyChange(tx, id, now))) applied += 1;
    } catch (error) {
      // One change that cannot be applied must not hold back the others, nor every request after it.
      console.error(`Applying the scheduled change ${id} failed; it stays pending.`, error);
    }
  }
  return applied;
}

async function applyChange(tx: Prisma.TransactionClient, id: string, now: Date): Promise<boolean> {
  const change = await tx.officialChange.findUniqueOrThrow({
    where: { id },
    include: { createdBy: { select: { id: true, displayName: true } } },
  });
  await lockRow(tx, "official", change.officialId);
  const { count } = await tx.officialChange.updateMany({
    where: { id, appliedAt: null, cancelledAt: null },
    data: { appliedAt: now },
  });
  if (count === 0) return false;
  const before = await findOfficial(tx, change.officialId);
  const after = await updateOfficialRow(tx, before.id, changedFields(change));
  const entry = {
    actor: { id: change.createdBy.id, name: change.createdBy.displayName },
    action: "official.applyChange",
    entityType: "Official",
    entityId: before.id,
    before,
    after: { ...after, changeId: change.id, effectiveDate: change.effectiveDate },
  };
  await recordAudit(tx, { ...entry, unitId: before.unitId });
  if (after.unitId !== before.unitId) await recordAudit(tx, { ...entry, unitId: after.unitId });
  return true;
}

const state = globalThis as typeof globalThis & { dueChangesRun?: { hour: string; done: Promise<void> } };

/**
 * applyDueChanges at most once an hour per process, called at the start of every signed-in request. Days begin
 * on the hour in every Indonesian zone, and a change is never recorded pending for a day that has already
 * begun, so nothing can fall due between two checks of the same hour. A change that fails is logged and left
 * pending; a failure of the whole run is retried by the next request rather than failing this one.
 */
export async function catchUpDueChanges(now = new Date()): Promise<void> {
  const hour = now.toISOString().slice(0, 13);
  // Requests arriving together at the turn of the hour share one run instead of each starting their own.
  if (state.dueChangesRun?.hour !== hour) {
    const done = applyDueChanges(prisma, now).then(
      () => undefined,
      (error: unknown) => {
        console.error("Applying the changes that fell due failed; the next request tries again.", error);
        if (state.dueChangesRun?.done === done) state.dueChangesRun = undefined;
      },
    );
    state.dueChangesRun = { hour, done };
  }
  await state.dueChangesRun?.done;
}
