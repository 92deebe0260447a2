"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { changeOwnPasswordAction } from "@/lib/users/own-password-action";

/** Ganti kata sandi: the current password, then the new one twice. */
export function ChangePasswordForm({ cancelHref }: { cancelHref?: string }) {
  const t = useTranslations("account");
  const form = useActionForm(changeOwnPasswordAction);
  return (
    <form {...form.props} className="max-w-md space-y-4" aria-label={t("title")}>
      <FormAlert {...form.alert} />
      <TextField
        label={t("fields.currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={form.errors("currentPassword")}
        required
      />
      <TextField
        label={t("fields.newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t("hint")}
        errors={form.errors("newPassword")}
        required
      />
      <TextField
        label={t("fields.confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        errors={form.errors("confirmPassword")}
        required
      />
      <FormButtons
        pending={form.pending}
        label={t("submit")}
        pendingLabel={t("submitting")}
        cancelHref={cancelHref}
      />
    </form>
  );
}
