"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { saveUnit } from "@/lib/units/actions";
import { FormButtons } from "./form-buttons";
import { RecordKeys } from "./record-keys";
import { TIME_ZONE_NAMES, UNIT_TIME_ZONES } from "@/lib/units/schemas";
import { useUnitForm } from "./use-unit-form";

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
  const { state, formAction, pending, value, errors } = useUnitForm(saveUnit);
  const canPickParent =
    parentOptions.length > 0 && (!unit || parentOptions.some((option) => option.value === unit.parentId));
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-2xl space-y-4"
      aria-label={unit ? t("editUnit") : t("newUnit")}
    >
      <FormAlert message={state.message} />
      <RecordKeys record={unit} />
      <TextField
        label={t("fields.name")}
        name="name"
        defaultValue={value("name", unit?.name)}
        errors={errors("name")}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.shortName")}
          name="shortName"
          defaultValue={value("shortName", unit?.shortName)}
          errors={errors("shortName")}
          required
        />
        <TextField
          label={t("fields.code")}
          name="code"
          hint={t("fields.codeHint")}
          inputMode="numeric"
          defaultValue={value("code", unit?.code)}
          errors={errors("code")}
          required
        />
      </div>
      {canPickParent ? (
        <SelectField
          label={t("fields.parentId")}
          name="parentId"
          options={parentOptions}
          defaultValue={value("parentId", unit?.parentId)}
          errors={errors("parentId")}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.timeZone")}
          name="timeZone"
          options={TIME_ZONES.map((zone) => ({ value: zone.value, label: t(`timeZones.${zone.key}`) }))}
          defaultValue={value("timeZone", unit?.timeZone ?? "Asia/Makassar")}
          errors={errors("timeZone")}
        />
        <TextField
          label={t("fields.supportStaffQuota")}
          name="supportStaffQuota"
          type="number"
          min={0}
          step={1}
          defaultValue={value("supportStaffQuota", unit?.supportStaffQuota ?? 0)}
          errors={errors("supportStaffQuota")}
          required
        />
      </div>
      <TextField
        label={t("fields.address")}
        name="address"
        defaultValue={value("address", unit?.address)}
        errors={errors("address")}
      />
      <FormButtons pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
