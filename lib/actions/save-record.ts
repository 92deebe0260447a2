/**
 * The end of a mutation that creates a record or saves its next version: the row written and its audit entry
 * (`<prefix>.create` or `<prefix>.update`), so every module words and versions its saves the same way.
 */
import "server-only";
import type { MutationContext } from "./mutation";

interface Versioned {
  id: string;
  version: number;
}

export async function saveRecord<R extends Versioned>(
  { audit }: Pick<MutationContext<unknown>, "audit">,
  entry: {
    prefix: string;
    entityType: string;
    unitId: string;
    before: Versioned | null;
    /** What the audit keeps as the new state, when more than the row (the lists saved with it). */
    audited?: (after: R) => unknown;
  },
  write: { create: () => Promise<R>; update: (id: string, version: number) => Promise<R> },
): Promise<R> {
  const { before } = entry;
  const after = before ? await write.update(before.id, before.version + 1) : await write.create();
  await audit({
    action: `${entry.prefix}.${before ? "update" : "create"}`,
    entityType: entry.entityType,
    entityId: after.id,
    unitId: entry.unitId,
    before,
    after: entry.audited ? entry.audited(after) : after,
  });
  return after;
}
