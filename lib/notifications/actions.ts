"use server";

import { submitMutation, type ActionState } from "@/lib/actions/submit";
import { markNotificationsRead } from "./notification-mutations";

export async function markNotificationsReadAction(): Promise<ActionState> {
  const { ok, message } = await submitMutation(
    markNotificationsRead,
    {},
    { revalidate: () => ["/notifikasi", "/"], saved: "notifications.marked" },
  );
  return { ok, message };
}
