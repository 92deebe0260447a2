import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { catchUpDueChanges } from "@/lib/officials/due-changes";
import { loadCurrentUser } from "./load-current-user";
import { authOptions } from "./options";
import { can, type Action } from "./policy";
import type { CurrentUser } from "./types";

/**
 * The signed-in user with role, home unit and scope, read once per request; null when signed out. Changes dated
 * for a day that has begun take effect first, so that nothing this request reads or decides predates them.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  await catchUpDueChanges();
  return loadCurrentUser(prisma, userId);
});

/** For pages and actions: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: the signed-in user if the policy lets them do `action`; otherwise the page does not exist for them. */
export async function requirePermission(action: Action): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, action)) notFound();
  return user;
}
