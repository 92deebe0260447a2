import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { UnitFilterFields } from "@/components/units/unit-filter-fields";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { FollowUpSource, FollowUpStatus } from "@/lib/generated/prisma/enums";
import { FOLLOW_UPS_PATH } from "@/lib/follow-ups/links";
import type { BoardParams } from "@/lib/follow-ups/board-params";
import type { UnitFilterChoices } from "@/lib/units/unit-filter";
import { SUPERVISION_AREAS } from "@/lib/supervision/areas";

/**
 * The board's filters as a plain GET form: region and responsible unit, status, area and source, combined with the
 * view the chips above chose (kept in a hidden field). Works without JavaScript; keyed by the params so it shows the
 * URL's.
 */
export async function BoardFilterForm({
  params,
  unitChoices,
}: {
  params: BoardParams;
  unitChoices: UnitFilterChoices;
}) {
  const [t, workflow, supervision] = await Promise.all([
    getTranslations("followUps"),
    getTranslations("workflow"),
    getTranslations("supervision"),
  ]);
  const any: SelectOption = { value: "", label: t("filterForm.any") };
  return (
    <form
      key={JSON.stringify(params)}
      method="get"
      action={FOLLOW_UPS_PATH}
      role="search"
      aria-label={t("filterForm.label")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <input type="hidden" name="filter" value={params.filter} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <UnitFilterFields
          choices={unitChoices}
          region={params.region}
          unit={params.unit}
          unitLabel={t("fields.unit")}
          allUnitsLabel={any.label}
        />
        <SelectField
          name="status"
          label={t("fields.status")}
          defaultValue={params.status ?? ""}
          options={[
            any,
            ...Object.values(FollowUpStatus).map((status) => ({
              value: status,
              label: workflow(`states.${status}`),
            })),
          ]}
        />
        <SelectField
          name="area"
          label={t("fields.area")}
          defaultValue={params.area ?? ""}
          options={[
            any,
            ...SUPERVISION_AREAS.map((area) => ({ value: area, label: supervision(`areas.${area}`) })),
          ]}
        />
        <SelectField
          name="source"
          label={t("fields.source")}
          defaultValue={params.source ?? ""}
          options={[
            any,
            ...Object.values(FollowUpSource).map((source) => ({
              value: source,
              label: t(`sources.${source}`),
            })),
          ]}
        />
      </div>
      <div className="mt-4 flex items-center gap-4">
        <Button type="submit">{t("filterForm.apply")}</Button>
        <Link
          href={`${FOLLOW_UPS_PATH}?filter=${params.filter}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {t("filterForm.reset")}
        </Link>
      </div>
    </form>
  );
}
