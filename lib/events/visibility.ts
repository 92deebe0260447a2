/**
 * Who sees an event (kegiatan): its organiser's subtree, and every unit taking part with its own subtree. A regency
 * sees the national or province rakor it takes part in — an upward read the unit-tree policy alone does not give
 * (docs/decisions/009-event-visibility.md). Changes stay with the organiser's subtree (`authorize`). The same
 * rule as SQL, for raw reads: visibility-sql.ts.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScopedUser } from "@/lib/auth/scope";

export function visibleEventsWhere(user: ScopedUser): Prisma.EventWhereInput {
  if (user.scopeCoversAllUnits) return {};
  const units = [...user.scopeUnitIds];
  return { OR: [{ unitId: { in: units } }, { participants: { some: { unitId: { in: units } } } }] };
}

/** The same rule for an event already loaded with its participants' unit ids. */
export function canSeeEvent(
  user: ScopedUser,
  event: { unitId: string; participantUnitIds: string[] },
): boolean {
  return (
    user.scopeUnitIds.has(event.unitId) || event.participantUnitIds.some((id) => user.scopeUnitIds.has(id))
  );
}
