import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditEntries } from "@/components/audit/audit-entries";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { CHANGE_ACTIONS } from "@/lib/audit/action-choices";
import { actionLabel } from "@/lib/audit/describe";
import { AUDIT_TABS, auditFiltersQuery, parseAuditFilters } from "@/lib/audit/filters";
import { listAuditActors, listAuditTrail } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/current-user";

/** Jejak Audit: who changed what, when, from what to what; sign-ins in their own tab; filters in the URL. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("audit.view");
  const filters = parseAuditFilters(await searchParams);
  const [root, locale, actors] = await Promise.all([getTranslations(), getLocale(), listAuditActors(user)]);
  const t = (key: string, values?: Record<string, string | number>) => root(`audit.${key}`, values);
  const page = await listAuditTrail(user, filters, { t: root, locale, timeZone: user.unit.timeZone });
  const filtered = Boolean(
    filters.actor || filters.module || filters.q || filters.action || filters.from || filters.to,
  );
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <nav aria-label={t("tabs.label")} className="mb-4 flex gap-2 border-b border-slate-200">
        {AUDIT_TABS.map((tab) => {
          const current = tab === filters.tab;
          return (
            <Link
              key={tab}
              href={`/audit${auditFiltersQuery({ ...filters, module: undefined, action: undefined }, { tab })}`}
              aria-current={current ? "page" : undefined}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
                current
                  ? "border-brand-700 text-brand-700"
                  : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {t(`tabs.${tab}`)}
            </Link>
          );
        })}
      </nav>
      <AuditFilterForm
        filters={filters}
        actors={actors}
        actions={CHANGE_ACTIONS.map((action) => ({ value: action, label: actionLabel(root, action) }))}
      />
      <AuditEntries
        items={page.items}
        caption={t(`tabs.${filters.tab}`)}
        empty={filtered ? t("emptyFiltered") : t("empty")}
      />
      <div className="mt-4 flex gap-4 text-sm">
        {filters.before !== undefined ? (
          <Link href={`/audit${auditFiltersQuery(filters)}`} className="text-brand-700 underline">
            {t("newer")}
          </Link>
        ) : null}
        {page.nextBefore !== undefined ? (
          <Link
            href={`/audit${auditFiltersQuery(filters, { before: page.nextBefore })}`}
            className="text-brand-700 underline"
          >
            {t("older")}
          </Link>
        ) : null}
      </div>
    </>
  );
}
