"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { resetPasswordAction } from "@/lib/users/actions";
import type { TemporaryPasswordState } from "@/lib/users/form-actions";
import { TemporaryPasswordNotice } from "./temporary-password-notice";

/** Atur ulang kata sandi: a new temporary password, shown here once. */
export function ResetPasswordForm({ account }: { account: { id: string; version: number } }) {
  const t = useTranslations("users");
  const form = useActionForm(resetPasswordAction);
  const state: TemporaryPasswordState = form.state;
  return (
    <form {...form.props} className="space-y-4 p-4" aria-label={t("reset")}>
      <FormAlert {...form.alert} />
      {state.ok && state.temporaryPassword ? (
        <TemporaryPasswordNotice password={state.temporaryPassword} />
      ) : null}
      <p className="text-sm text-slate-600">{t("resetIntro")}</p>
      <RecordKeys record={account} />
      <FormButtons pending={form.pending} label={t("reset")} pendingLabel={t("resetting")} />
    </form>
  );
}
