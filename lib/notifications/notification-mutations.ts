import "server-only";
import { z } from "zod";
import { defineMutation } from "@/lib/actions/mutation";

/** "Tandai semua sudah dibaca": the user's own notifications only. */
export const markNotificationsRead = defineMutation({
  action: "followUp.view",
  schema: z.object({}),
  async run({ tx, user, authorize, audit }) {
    authorize({ unitId: user.unit.id });
    const { count } = await tx.notification.updateMany({
      where: { userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    await audit({
      action: "notification.read",
      entityType: "User",
      entityId: user.id,
      unitId: user.unit.id,
      after: { read: count },
    });
    return { count };
  },
});
