"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { saveAccount } from "@/lib/users/actions";

/** An account's role and home unit; saving a change ends the account's sessions. */
export function AccountForm({
  account,
  roles,
  units,
}: {
  account: { id: string; version: number; role: string; unitId: string };
  roles: SelectOption[];
  units: SelectOption[];
}) {
  const t = useTranslations("users");
  const form = useActionForm(saveAccount);
  return (
    <form {...form.props} className="space-y-4 p-4" aria-label={t("roleAndUnit")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={account} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.role")}
          name="role"
          options={roles}
          defaultValue={account.role}
          hint={t("hints.role")}
          errors={form.errors("role")}
        />
        <SelectField
          label={t("fields.unitId")}
          name="unitId"
          options={units}
          defaultValue={account.unitId}
          errors={form.errors("unitId")}
        />
      </div>
      <FormButtons pending={form.pending} />
    </form>
  );
}
