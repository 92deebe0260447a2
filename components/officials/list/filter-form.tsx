import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { UnitFilterFields } from "@/components/units/unit-filter-fields";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { EmploymentType, OfficialStatus } from "@/lib/generated/prisma/enums";
import {
  ALL_STATUSES,
  DEFAULT_LIST_PARAMS,
  PAGE_SIZES,
  toSearchParams,
  type ListParams,
} from "@/lib/officials/list-params";
import { PANGKAT_NAMES, PNS_RANKS, PPPK_RANKS, rankLabel } from "@/lib/officials/ranks";
import type { UnitFilterChoices } from "@/lib/units/unit-filter";

export interface FilterChoices extends UnitFilterChoices {
  sections: { id: string; name: string }[];
  /** Whether sections can be offered: a unit is chosen, or the scope is one unit. */
  sectionsAvailable: boolean;
}

/**
 * Search and filters as a plain GET form: it works without JavaScript, and submitting it puts every choice in the
 * URL (page back to 1, sort kept). Keyed by the params, so it shows the URL's choices after any navigation.
 */
export function FilterForm({ params, choices }: { params: ListParams; choices: FilterChoices }) {
  const t = useTranslations("officials");
  const all = (label: string): SelectOption => ({ value: "", label });
  return (
    <form
      key={toSearchParams(params).toString()}
      method="get"
      action="/pegawai"
      role="search"
      aria-label={t("filters.label")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField
          type="search"
          name="q"
          label={t("filters.search")}
          hint={t("filters.searchHint")}
          defaultValue={params.q ?? ""}
          maxLength={100}
          className="sm:col-span-2"
        />
        <UnitFilterFields
          choices={choices}
          region={params.region}
          unit={params.unit}
          unitLabel={t("unit")}
          allUnitsLabel={t("filters.allUnits")}
        />
        <SelectField
          name="section"
          label={t("section")}
          defaultValue={params.section ?? ""}
          disabled={!choices.sectionsAvailable}
          hint={choices.sectionsAvailable ? undefined : t("filters.sectionNeedsUnit")}
          options={[
            all(t("filters.allSections")),
            ...choices.sections.map((section) => ({ value: section.id, label: section.name })),
          ]}
        />
        <SelectField
          name="rank"
          label={t("rank")}
          defaultValue={params.rank ?? ""}
          options={[
            all(t("filters.allRanks")),
            {
              label: t("rankGroups.PNS"),
              options: PNS_RANKS.map((rank) => ({
                value: rank,
                label: `${rankLabel(rank)} – ${PANGKAT_NAMES[rank]}`,
              })),
            },
            {
              label: t("rankGroups.PPPK"),
              options: PPPK_RANKS.map((rank) => ({ value: rank, label: rankLabel(rank) })),
            },
          ]}
        />
        <SelectField
          name="type"
          label={t("employmentType")}
          defaultValue={params.type ?? ""}
          options={[
            all(t("filters.allTypes")),
            ...Object.values(EmploymentType).map((type) => ({
              value: type,
              label: t(`employmentTypes.${type}`),
            })),
          ]}
        />
        <SelectField
          name="status"
          label={t("status")}
          defaultValue={params.status}
          options={[
            ...Object.values(OfficialStatus).map((status) => ({
              value: status,
              label: t(`statuses.${status}`),
            })),
            { value: ALL_STATUSES, label: t("filters.allStatuses") },
          ]}
        />
        <SelectField
          name="size"
          label={t("filters.pageSize")}
          defaultValue={String(params.size)}
          options={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
        />
      </div>
      {params.sort !== DEFAULT_LIST_PARAMS.sort ? (
        <input type="hidden" name="sort" value={params.sort} />
      ) : null}
      {params.dir !== DEFAULT_LIST_PARAMS.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <div className="mt-4 flex items-center gap-4">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href="/pegawai" className="text-sm font-medium text-brand-700 hover:underline">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
