import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { OrganisationForm } from "@/components/stakeholders/organisation-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { StakeholderCategory } from "@/lib/generated/prisma/enums";
import { listOrganisations } from "@/lib/stakeholders/queries";

/** Pemangku kepentingan: the organisations kept in the user's scope, by category. */
export default async function StakeholdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("event.view");
  const { category: raw } = await searchParams;
  const category = (Object.values(StakeholderCategory) as unknown[]).includes(raw)
    ? (raw as StakeholderCategory)
    : undefined;
  const [t, rows] = await Promise.all([getTranslations("stakeholders"), listOrganisations(user, category)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" className="mb-4 flex items-end gap-3">
        <label className="text-sm">
          <span className="block font-medium">{t("fields.category")}</span>
          <select
            name="category"
            defaultValue={category ?? ""}
            className="mt-1 rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">{t("allCategories")}</option>
            {Object.values(StakeholderCategory).map((value) => (
              <option key={value} value={value}>
                {t(`categories.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          {t("filter")}
        </button>
      </form>
      <div className="space-y-6">
        <DataTable
          caption={t("list")}
          captionHidden
          rowHeader
          rows={rows}
          rowKey={(row) => row.id}
          empty={t("empty")}
          columns={[
            {
              key: "name",
              header: t("fields.name"),
              cell: (row) => (
                <Link
                  href={`/kegiatan/pemangku-kepentingan/${row.id}`}
                  className="font-medium text-sky-800 hover:underline"
                >
                  {row.name}
                </Link>
              ),
            },
            { key: "category", header: t("fields.category"), cell: (row) => t(`categories.${row.category}`) },
            { key: "keeper", header: t("keeper"), cell: (row) => row.unit.name },
            {
              key: "contacts",
              header: t("contactsCount"),
              align: "right",
              cell: (row) => row._count.contacts,
            },
            {
              key: "invitations",
              header: t("invitationsCount"),
              align: "right",
              cell: (row) => row._count.invitations,
            },
          ]}
        />
        {can(user, "event.manage") ? (
          <Panel id="new-organisation-heading" title={t("new")}>
            <OrganisationForm />
          </Panel>
        ) : null}
      </div>
    </>
  );
}
