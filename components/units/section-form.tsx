"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { QuotaOrderFields } from "@/components/ui/form/quota-order-fields";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { SectionKind } from "@/lib/generated/prisma/enums";
import { saveSection } from "@/lib/units/actions";

export interface SectionFormValues {
  id: string;
  version: number;
  name: string;
  kind: SectionKind;
  parentId: string | null;
  staffQuota: number;
  sortOrder: number;
}

/** Creates a section of `unitId` (no `section`) or edits one, its staff quota (formasi) included. */
export function SectionForm({
  unitId,
  section,
  kinds,
  parentOptions,
  cancelHref,
}: {
  unitId: string;
  section?: SectionFormValues;
  /** The kinds this unit may have: a regency/city only Sub Bagian. */
  kinds: SectionKind[];
  /** The unit's Bagian, under which a Sub Bagian may stand. */
  parentOptions: SelectOption[];
  cancelHref: string;
}) {
  const t = useTranslations("units");
  const field = (name: string) => t(`fields.${name}`);
  const form = useActionForm(saveSection);
  return (
    <form
      {...form.props}
      className="max-w-2xl space-y-4"
      aria-label={section ? t("editSection") : t("newSection")}
    >
      <FormAlert {...form.alert} />
      <RecordKeys record={section} />
      {section ? null : <input type="hidden" name="unitId" value={unitId} />}
      <TextField
        label={t("fields.name")}
        name="name"
        defaultValue={section?.name}
        errors={form.errors("name")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.kind")}
          name="kind"
          options={kinds.map((kind) => ({ value: kind, label: t(`sectionKinds.${kind}`) }))}
          defaultValue={section?.kind ?? kinds.at(-1)}
          errors={form.errors("kind")}
        />
        {parentOptions.length > 0 ? (
          <SelectField
            label={t("fields.sectionParent")}
            name="parentId"
            options={[{ value: "", label: t("fields.none") }, ...parentOptions]}
            defaultValue={section?.parentId ?? ""}
            errors={form.errors("parentId")}
          />
        ) : null}
      </div>
      <QuotaOrderFields name="staffQuota" min={0} record={section} label={field} errors={form.errors} />
      <FormButtons pending={form.pending} cancelHref={cancelHref} />
    </form>
  );
}
