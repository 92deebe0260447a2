/** Who sees an event (visibility.ts) as a SQL condition, for raw reads. Apart, so visibility.ts needs no Prisma. */
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScopedUser } from "@/lib/auth/scope";

/** visibleEventsWhere on the event aliased `event`: its organiser or a unit taking part is in the user's scope. */
export function visibleEventsSql(user: ScopedUser, event: Prisma.Sql): Prisma.Sql {
  if (user.scopeCoversAllUnits) return Prisma.sql`TRUE`;
  const units = [...user.scopeUnitIds];
  return Prisma.sql`(${event}."unitId" = ANY(${units}::text[]) OR EXISTS (
    SELECT 1 FROM event_participant taking_part
    WHERE taking_part."eventId" = ${event}.id AND taking_part."unitId" = ANY(${units}::text[])))`;
}
