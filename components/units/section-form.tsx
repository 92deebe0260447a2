"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { SectionKind } from "@/lib/generated/prisma/enums";
import { saveSection } from "@/lib/units/actions";
import { FormButtons } from "./form-buttons";
import { RecordKeys } from "./record-keys";
import { useUnitForm } from "./use-unit-form";

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
  const { state, formAction, pending, value, errors } = useUnitForm(saveSection);
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-2xl space-y-4"
      aria-label={section ? t("editSection") : t("newSection")}
    >
      <FormAlert message={state.message} />
      <RecordKeys record={section} unitId={unitId} />
      <TextField
        label={t("fields.name")}
        name="name"
        defaultValue={value("name", section?.name)}
        errors={errors("name")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.kind")}
          name="kind"
          options={kinds.map((kind) => ({ value: kind, label: t(`sectionKinds.${kind}`) }))}
          defaultValue={value("kind", section?.kind ?? kinds.at(-1))}
          errors={errors("kind")}
        />
        {parentOptions.length > 0 ? (
          <SelectField
            label={t("fields.sectionParent")}
            name="parentId"
            options={[{ value: "", label: t("fields.none") }, ...parentOptions]}
            defaultValue={value("parentId", section?.parentId)}
            errors={errors("parentId")}
          />
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.staffQuota")}
          name="staffQuota"
          type="number"
          min={0}
          step={1}
          hint={t("fields.staffQuotaHint")}
          defaultValue={value("staffQuota", section?.staffQuota ?? 0)}
          errors={errors("staffQuota")}
          required
        />
        <TextField
          label={t("fields.sortOrder")}
          name="sortOrder"
          type="number"
          min={0}
          step={1}
          defaultValue={value("sortOrder", section?.sortOrder ?? 0)}
          errors={errors("sortOrder")}
        />
      </div>
      <FormButtons pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
