import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import type { UnitFilterChoices } from "@/lib/units/unit-filter";

/**
 * A GET form's unit filter: the region first when the scope spans several (wilayah, then its units once applied),
 * otherwise the scope's units, and nothing for a one-unit scope. Fields named `region` and `unit`.
 */
export function UnitFilterFields({
  choices,
  region,
  unit,
  unitLabel,
  allUnitsLabel,
}: {
  choices: UnitFilterChoices;
  region: string | undefined;
  unit: string | undefined;
  unitLabel: string;
  allUnitsLabel: string;
}) {
  const t = useTranslations("units.unitFilter");
  return (
    <>
      {choices.regions ? (
        <SelectField
          name="region"
          label={t("region")}
          defaultValue={region ?? ""}
          options={[
            { value: "", label: t("allRegions") },
            ...choices.regions.map((choice) => ({ value: choice.code, label: choice.shortName })),
          ]}
        />
      ) : null}
      {choices.regions || choices.units.length > 1 ? (
        <SelectField
          name="unit"
          label={unitLabel}
          defaultValue={unit ?? ""}
          disabled={!choices.unitsAvailable}
          {...(choices.unitsAvailable ? {} : { hint: t("unitNeedsRegion") })}
          options={[
            { value: "", label: allUnitsLabel },
            ...choices.units.map((choice) => ({ value: choice.code, label: choice.shortName })),
          ]}
        />
      ) : null}
    </>
  );
}
