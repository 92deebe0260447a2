/**
 * Whom an event may invite by name (undangan pejabat/pegawai): the officials of the organiser's subtree and of
 * every participating unit. The same rule as the event's participants (docs/decisions/009-event-visibility.md): the
 * organiser's tree, not the editor's, so a national user correcting a province's rakor cannot invite another
 * province's people into it.
 */
import "server-only";
import { loadScopeUnitIds } from "@/lib/auth/scope-sql";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "eventParticipant">;

export async function invitableOfficialUnitIds(
  db: Db,
  event: { id: string; unitId: string },
): Promise<string[]> {
  const [tree, participants] = await Promise.all([
    loadScopeUnitIds(db, event.unitId),
    db.eventParticipant.findMany({ where: { eventId: event.id }, select: { unitId: true } }),
  ]);
  return [...new Set([...tree, ...participants.map((row) => row.unitId)])];
}
