"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { StakeholderCategory } from "@/lib/generated/prisma/enums";
import { saveOrganisationAction } from "@/lib/stakeholders/actions";

/** Catat instansi: a duplicate within the province is refused on the name field, naming the existing record. */
export function OrganisationForm() {
  const t = useTranslations("stakeholders");
  const form = useActionForm(saveOrganisationAction);
  return (
    <form {...form.props} className="max-w-2xl space-y-4 p-4" aria-label={t("new")}>
      <FormAlert {...form.alert} />
      <TextField label={t("fields.name")} name="name" errors={form.errors("name")} required />
      <SelectField
        label={t("fields.category")}
        name="category"
        options={Object.values(StakeholderCategory).map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        errors={form.errors("category")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("fields.phone")} name="phone" type="tel" errors={form.errors("phone")} />
        <TextField label={t("fields.email")} name="email" type="email" errors={form.errors("email")} />
      </div>
      <TextField label={t("fields.address")} name="address" errors={form.errors("address")} />
      <FormButtons pending={form.pending} label={t("new")} />
    </form>
  );
}
