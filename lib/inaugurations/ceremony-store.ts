/** A ceremony locked, in reach and still planned: what every change to its list starts from. */
import "server-only";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import type { MutationContext } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import { notFromStateKey } from "@/lib/workflow/available";

export async function lockPlannedCeremony(
  { tx, authorize }: Pick<MutationContext<unknown>, "tx" | "authorize">,
  id: string,
) {
  await lockRow(tx, "inauguration", id);
  const ceremony = await tx.inauguration.findUnique({ where: { id } });
  if (!ceremony) throw new NotFoundError("Inauguration");
  authorize(ceremony);
  if (ceremony.status !== "PLANNED") throw new DomainError(notFromStateKey(ceremony.status));
  return ceremony;
}
