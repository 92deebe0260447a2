"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { setFlash } from "@/lib/actions/flash";
import { runMutation, type ActionState } from "@/lib/actions/submit";
import { requireAccountHolder } from "@/lib/auth/current-user";
import { renewSessionCookie } from "@/lib/auth/session-renewal";
import { changeOwnPassword } from "./mutations";

/**
 * Ganti kata sandi. Open to a user who must still replace a temporary password (every other action sends them
 * here first); on success this device stays signed in with a renewed cookie, the others must sign in again.
 */
export async function changeOwnPasswordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const [user, t] = await Promise.all([requireAccountHolder(), getTranslations()]);
  const result = await runMutation(changeOwnPassword, formData, {
    user,
    t,
    revalidatePath: (path) => revalidatePath(path),
  });
  if (!result.ok || !result.data)
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  await renewSessionCookie(result.data.sessionVersion);
  await setFlash(t("account.saved.passwordChanged"), "/");
  redirect("/");
}
