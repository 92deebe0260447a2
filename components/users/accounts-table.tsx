import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AccountRow } from "@/lib/users/queries";

/** The accounts list: name (to the account's page), username, role, unit, status and last sign-in. */
export async function AccountsTable({ rows }: { rows: AccountRow[] }) {
  const [t, core, format] = await Promise.all([getTranslations("users"), getTranslations(), getFormatter()]);
  return (
    <DataTable
      caption={t("caption")}
      captionHidden
      rowHeader
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("empty")}
      columns={[
        {
          key: "name",
          header: t("columns.name"),
          cell: (row) => (
            <Link href={`/pengguna/${row.id}`} className="font-medium text-brand-700 hover:underline">
              {row.displayName}
            </Link>
          ),
        },
        { key: "username", header: t("columns.username"), cell: (row) => row.username },
        { key: "role", header: t("columns.role"), cell: (row) => core(`roles.${row.role}`) },
        { key: "unit", header: t("columns.unit"), cell: (row) => row.unit.shortName },
        {
          key: "status",
          header: t("columns.status"),
          cell: (row) =>
            !row.active
              ? t("status.inactive")
              : row.mustChangePassword
                ? t("status.mustChange")
                : t("status.active"),
        },
        {
          key: "lastLogin",
          header: t("columns.lastLogin"),
          cell: (row) =>
            row.lastLoginAt
              ? format.dateTime(row.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
              : t("never"),
        },
      ]}
    />
  );
}
