import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { catchUpDueChanges } from "@/lib/officials/due-changes";
import { loadCurrentUser } from "./load-current-user";
import { authOptions } from "./options";
import { can, type Action } from "./policy";
import { nowInSeconds, sessionLimits, sessionState } from "./sessions";
import type { CurrentUser } from "./types";

/** The page every user with a temporary password is sent to first. */
export const CHANGE_PASSWORD_PATH = "/akun/kata-sandi";
/** The sign-in page, saying that the session has ended (signed out elsewhere, idle, expired, account changed). */
export const SESSION_ENDED_PATH = "/login?sesi=berakhir";

const limits = sessionLimits(readEnv());

type SessionResolution = { user: CurrentUser; ended?: never } | { user: null; ended: boolean };

/**
 * This request's session, read once: the user, or whether a session cookie was presented but is no longer
 * honoured (past its lifetime, idle too long, or ended by a change to the account).
 */
const resolveSession = cache(async (): Promise<SessionResolution> => {
  const session = await getServerSession(authOptions);
  if (!session) return { user: null, ended: false };
  const claims = session.claims;
  if (!claims || sessionState(claims, nowInSeconds(), limits) !== "active")
    return { user: null, ended: true };
  await catchUpDueChanges();
  const user = await loadCurrentUser(prisma, claims.userId, claims);
  return user ? { user } : { user: null, ended: true };
});

/**
 * The signed-in user with role, home unit and scope, read once per request; null when signed out, and while the
 * user must still replace a temporary password. Changes dated for a day that has begun take effect first, so that
 * nothing this request reads or decides predates them.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const { user } = await resolveSession();
  return user && !user.mustChangePassword ? user : null;
});

/**
 * The signed-in user even with a temporary password: for the shell and the own-account page only. A session
 * that has ended goes to the sign-in page with a message saying so.
 */
export async function requireAccountHolder(): Promise<CurrentUser> {
  const { user, ended } = await resolveSession();
  if (!user) redirect(ended ? SESSION_ENDED_PATH : "/login");
  return user;
}

/** For pages and actions: the signed-in user, or a redirect to the sign-in page (or to choose a new password). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await requireAccountHolder();
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** For pages: the signed-in user if the policy lets them do `action`; otherwise the page does not exist for them. */
export async function requirePermission(action: Action): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, action)) notFound();
  return user;
}
