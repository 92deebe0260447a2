import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_MODULES, auditFiltersQuery, type AuditFilters } from "@/lib/audit/filters";
import { isoDate } from "@/lib/validations/input";

/**
 * The trail's filters as a plain GET form: every choice goes in the URL (bookmarkable, and the export reads the
 * same params); the tab is kept, the page goes back to the newest.
 */
export function AuditFilterForm({
  filters,
  actors,
  actions,
}: {
  filters: AuditFilters;
  actors: SelectOption[];
  actions: SelectOption[];
}) {
  const t = useTranslations("audit");
  const all = (label: string): SelectOption => ({ value: "", label });
  const exportHref = `/api/audit/ekspor${auditFiltersQuery(filters)}`;
  return (
    <form
      key={auditFiltersQuery(filters)}
      method="get"
      action="/audit"
      role="search"
      aria-label={t("filters.heading")}
      className="mb-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {filters.tab !== "changes" ? <input type="hidden" name="tab" value={filters.tab} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField
          type="search"
          name="q"
          label={t("filters.q")}
          hint={t("filters.qHint")}
          defaultValue={filters.q ?? ""}
          maxLength={100}
        />
        <SelectField
          name="actor"
          label={t("filters.actor")}
          defaultValue={filters.actor ?? ""}
          options={[all(t("filters.anyActor")), ...actors]}
        />
        {filters.tab === "changes" ? (
          <>
            <SelectField
              name="module"
              label={t("filters.module")}
              defaultValue={filters.module ?? ""}
              options={[
                all(t("filters.anyModule")),
                ...Object.keys(AUDIT_MODULES).map((module) => ({
                  value: module,
                  label: t(`modules.${module}`),
                })),
              ]}
            />
            <SelectField
              name="action"
              label={t("filters.action")}
              defaultValue={filters.action ?? ""}
              options={[all(t("filters.anyAction")), ...actions]}
            />
          </>
        ) : null}
        <TextField
          type="date"
          name="from"
          label={t("filters.from")}
          defaultValue={filters.from ? isoDate(filters.from) : ""}
        />
        <TextField
          type="date"
          name="to"
          label={t("filters.to")}
          defaultValue={filters.to ? isoDate(filters.to) : ""}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link
          href={filters.tab === "changes" ? "/audit" : `/audit?tab=${filters.tab}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {t("filters.reset")}
        </Link>
        <a href={exportHref} className="text-sm font-medium text-brand-700 hover:underline" download>
          {t("filters.export")}
        </a>
      </div>
    </form>
  );
}
