import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { findUnitInScope } from "./queries";

/** For the edit pages: the unit by region code if this user may manage it; otherwise the page does not exist. */
export async function requireManagedUnit(code: string) {
  const user = await requirePermission("unit.manage");
  const unit = await findUnitInScope(user, code);
  if (!unit || !can(user, "unit.manage", { unitId: unit.id })) notFound();
  return { user, unit };
}
