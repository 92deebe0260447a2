import type { CurrentUser } from "@/lib/auth/types";
import { Role } from "@/lib/generated/prisma/enums";

/** The roles this user may give: an administrator any; a secretary all but Administrator (account-mutations.ts). */
export function assignableRoles(user: Pick<CurrentUser, "role">): Role[] {
  const all = Object.values(Role);
  return user.role === "ADMINISTRATOR" ? all : all.filter((role) => role !== "ADMINISTRATOR");
}
