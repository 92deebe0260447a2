"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { StakeholderCategory } from "@/lib/generated/prisma/enums";
import { saveOrganisationAction } from "@/lib/stakeholders/actions";

export interface OrganisationFormValues {
  id: string;
  version: number;
  name: string;
  category: StakeholderCategory;
  phone: string | null;
  email: string | null;
  address: string | null;
}

/**
 * Catat instansi (no `organisation`) or ubah data instansi: a name already registered within the province, this
 * one's own excepted, is refused on the name field, naming the existing record.
 */
export function OrganisationForm({ organisation }: { organisation?: OrganisationFormValues }) {
  const t = useTranslations("stakeholders");
  const form = useActionForm(saveOrganisationAction);
  const title = organisation ? t("edit") : t("new");
  return (
    <form {...form.props} className="max-w-2xl space-y-4 p-4" aria-label={title}>
      <FormAlert {...form.alert} />
      <RecordKeys record={organisation} />
      <TextField
        label={t("fields.name")}
        name="name"
        defaultValue={organisation?.name}
        errors={form.errors("name")}
        required
      />
      <SelectField
        label={t("fields.category")}
        name="category"
        options={Object.values(StakeholderCategory).map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        defaultValue={organisation?.category}
        errors={form.errors("category")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.phone")}
          name="phone"
          type="tel"
          defaultValue={organisation?.phone ?? ""}
          errors={form.errors("phone")}
        />
        <TextField
          label={t("fields.email")}
          name="email"
          type="email"
          defaultValue={organisation?.email ?? ""}
          errors={form.errors("email")}
        />
      </div>
      <TextField
        label={t("fields.address")}
        name="address"
        defaultValue={organisation?.address ?? ""}
        errors={form.errors("address")}
      />
      <FormButtons pending={form.pending} label={organisation ? undefined : t("new")} />
    </form>
  );
}
