import "server-only";
import { NotFoundError } from "@/lib/actions/errors";
import type { MutationContext } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";

/**
 * Locks the event and checks that it is the user's to change (the organiser's subtree): a participant sees an
 * event but does not run it. Every change to an event's lists goes through here, so they take turns.
 */
export async function lockEvent(
  { tx, authorize }: Pick<MutationContext<unknown>, "tx" | "authorize">,
  id: string,
) {
  await lockRow(tx, "event", id);
  const event = await tx.event.findUnique({ where: { id } });
  if (!event) throw new NotFoundError("Event");
  authorize(event);
  return event;
}
