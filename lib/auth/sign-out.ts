import "server-only";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { SessionClaims } from "./sessions";

/**
 * Signing out (keluar) ends every session of the user, on every device and app instance: the user's session
 * version moves on, so a copy of the old cookie is refused. A token already ended changes nothing.
 */
export async function endSessionOnSignOut(claims: SessionClaims): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const ended = await tx.user.updateMany({
      where: { id: claims.userId, sessionVersion: claims.sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    });
    if (ended.count === 0) return;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: claims.userId },
      select: { displayName: true, unitId: true },
    });
    await recordAudit(tx, {
      actor: { id: claims.userId, name: user.displayName },
      action: "auth.signOut",
      entityType: "User",
      entityId: claims.userId,
      unitId: user.unitId,
    });
  });
}
