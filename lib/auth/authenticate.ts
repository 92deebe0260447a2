import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "./password";

// Compared against when the username is unknown, so a wrong username takes as long as a wrong password.
const timingDecoy = hashPassword("timing-decoy-password");

/** Checks a username and password; on success records the sign-in. Returns null for any failure. */
export async function authenticate(username: string, password: string) {
  const normalized = username.trim().toLowerCase();
  if (!normalized || !password) return null;
  const user = await prisma.user.findUnique({
    where: { username: normalized },
    select: { id: true, displayName: true, passwordHash: true, active: true, unitId: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await timingDecoy));
  if (!user || !user.active || !valid) return null;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, {
      actor: { id: user.id, name: user.displayName },
      action: "auth.signIn",
      entityType: "User",
      entityId: user.id,
      unitId: user.unitId,
    });
  });
  return user;
}
