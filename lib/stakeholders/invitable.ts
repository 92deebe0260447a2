/**
 * Whose contacts an event may invite (docs/decisions/009-event-visibility.md): the organisations kept in the
 * organiser's subtree, and those of its stakeholder region, the registry it shares the duplicate rule with. For a
 * regency that is its province's registry (the province's records and every regency's): the provincial Bawaslu it
 * may not register again is still one it can invite. Only the event's picker and invitations read this way; the
 * records themselves stay the keeper's subtree's to open and edit.
 */
import "server-only";
import { loadScopeUnitIds } from "@/lib/auth/scope-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stakeholderRegionOf } from "./name-key";

type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "workUnit">;

export async function invitableOrganisationsWhere(
  db: Db,
  organiserUnitId: string,
): Promise<Prisma.StakeholderOrganisationWhereInput> {
  const [unit, tree] = await Promise.all([
    db.workUnit.findUniqueOrThrow({
      where: { id: organiserUnitId },
      select: { id: true, level: true, parentId: true },
    }),
    loadScopeUnitIds(db, organiserUnitId),
  ]);
  return { OR: [{ unitId: { in: [...tree] } }, { regionUnitId: stakeholderRegionOf(unit) }] };
}
