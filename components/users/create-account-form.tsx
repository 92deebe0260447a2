"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createAccountAction } from "@/lib/users/actions";
import type { TemporaryPasswordState } from "@/lib/users/form-actions";
import { TemporaryPasswordNotice } from "./temporary-password-notice";

/**
 * Step two of a new account: username, role and unit for the chosen official; then the temporary password. The
 * saved account revalidates this page, which then finds the official with an account: the password stays on
 * screen because this component stays in place and keeps it in its state.
 */
export function CreateAccountForm({
  official,
  roles,
  units,
}: {
  official: { id: string; name: string; unitId: string; account: { id: string; username: string } | null };
  roles: SelectOption[];
  units: SelectOption[];
}) {
  const t = useTranslations("users");
  const form = useActionForm(createAccountAction);
  const state: TemporaryPasswordState = form.state;
  if (state.ok && state.temporaryPassword) {
    return (
      <div className="max-w-2xl space-y-4">
        <FormAlert {...form.alert} />
        <TemporaryPasswordNotice
          password={state.temporaryPassword}
          accountHref={state.accountHref}
          addAnotherHref="/pengguna/baru"
        />
      </div>
    );
  }
  if (official.account) {
    return (
      <p className="space-x-4 text-sm">
        <span>{t("pick.hasAccount", { name: official.name, username: official.account.username })}</span>
        <Link
          href={`/pengguna/${official.account.id}`}
          className="font-medium text-brand-700 hover:underline"
        >
          {t("pick.openAccount")}
        </Link>
      </p>
    );
  }
  return (
    <form {...form.props} className="max-w-2xl space-y-4" aria-label={t("create")}>
      <FormAlert {...form.alert} />
      <input type="hidden" name="officialId" value={official.id} />
      <TextField
        label={t("fields.username")}
        name="username"
        hint={t("hints.username")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        errors={form.errors("username")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.role")}
          name="role"
          options={roles}
          defaultValue="STAFF"
          errors={form.errors("role")}
        />
        <SelectField
          label={t("fields.unitId")}
          name="unitId"
          options={units}
          defaultValue={official.unitId}
          errors={form.errors("unitId")}
        />
      </div>
      <FormButtons
        pending={form.pending}
        label={t("create")}
        pendingLabel={t("creating")}
        cancelHref="/pengguna"
      />
    </form>
  );
}
