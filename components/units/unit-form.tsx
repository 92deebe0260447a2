"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form/form-alert";
import { FormButtons } from "@/components/ui/form/form-buttons";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { useActionForm } from "@/components/ui/form/use-action-form";
import { NumberField } from "@/components/ui/number-field";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { saveUnit } from "@/lib/units/actions";
import { TIME_ZONE_NAMES, UNIT_TIME_ZONES } from "@/lib/units/unit-options";

const TIME_ZONES = UNIT_TIME_ZONES.map((value) => ({ value, key: TIME_ZONE_NAMES[value] }));

export interface UnitFormValues {
  id: string;
  version: number;
  name: string;
  shortName: string;
  code: string;
  parentId: string | null;
  timeZone: string;
  supportStaffQuota: number;
  address: string | null;
}

/**
 * Creates a unit (no `unit`) or edits one. The parent can be chosen only among `parentOptions`; when editing a
 * unit whose parent is outside the user's scope (the province's own parent), the field is left out and stays.
 */
export function UnitForm({
  unit,
  parentOptions,
  cancelHref,
}: {
  unit?: UnitFormValues;
  parentOptions: SelectOption[];
  cancelHref: string;
}) {
  const t = useTranslations("units");
  const form = useActionForm(saveUnit);
  const canPickParent =
    parentOptions.length > 0 && (!unit || parentOptions.some((option) => option.value === unit.parentId));
  return (
    <form {...form.props} className="max-w-2xl space-y-4" aria-label={unit ? t("editUnit") : t("newUnit")}>
      <FormAlert {...form.alert} />
      <RecordKeys record={unit} />
      <TextField
        label={t("fields.name")}
        name="name"
        defaultValue={unit?.name}
        errors={form.errors("name")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.shortName")}
          name="shortName"
          defaultValue={unit?.shortName}
          errors={form.errors("shortName")}
          required
        />
        <TextField
          label={t("fields.code")}
          name="code"
          hint={t("fields.codeHint")}
          inputMode="numeric"
          defaultValue={unit?.code}
          errors={form.errors("code")}
          required
        />
      </div>
      {canPickParent ? (
        <SelectField
          label={t("fields.parentId")}
          name="parentId"
          options={parentOptions}
          defaultValue={unit?.parentId ?? undefined}
          errors={form.errors("parentId")}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.timeZone")}
          name="timeZone"
          options={TIME_ZONES.map((zone) => ({ value: zone.value, label: t(`timeZones.${zone.key}`) }))}
          defaultValue={unit?.timeZone ?? "Asia/Makassar"}
          errors={form.errors("timeZone")}
        />
        <NumberField
          label={t("fields.supportStaffQuota")}
          name="supportStaffQuota"
          defaultValue={unit?.supportStaffQuota ?? 0}
          errors={form.errors("supportStaffQuota")}
          required
        />
      </div>
      <TextField
        label={t("fields.address")}
        name="address"
        defaultValue={unit?.address ?? undefined}
        errors={form.errors("address")}
      />
      <FormButtons pending={form.pending} cancelHref={cancelHref} />
    </form>
  );
}
