import { Prisma } from "@/lib/generated/prisma/client";

/** Tables whose rows mutations lock; a closed list, because the name goes into the SQL as an identifier. */
export type LockableTable =
  | "work_unit"
  | "section"
  | "position"
  | "official"
  // Records that move through a workflow (lib/workflow/transition.ts).
  | "appointment_proposal"
  | "inauguration"
  | "supervision_visit"
  | "supervision_report"
  | "follow_up"
  | "escalation"
  | "event"
  | "news_item"
  // Accounts (lib/users/account-mutations.ts).
  | "app_user";

/**
 * Locks one row until the transaction ends (SELECT … FOR UPDATE), so a check made on it — its version, or how
 * many people hold a post — still holds when the write lands. Without it, two transactions under READ COMMITTED
 * can both pass the check (two moves into the last free seat of a post).
 */
export async function lockRow(
  tx: Prisma.TransactionClient,
  table: LockableTable,
  id: string,
  /** SHARE: others may read and share-lock it too, but nobody changes it until the transaction ends. */
  strength: "UPDATE" | "SHARE" = "UPDATE",
): Promise<void> {
  await tx.$queryRaw`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR ${Prisma.raw(strength)}`;
}
