import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/audit/audit-changes";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { auditChanges } from "@/lib/audit/changes";
import { requirePermission } from "@/lib/auth/current-user";
import { listAuditEntries } from "@/lib/audit/queries";

function parseCursor(value: string | string[] | undefined): bigint | undefined {
  return typeof value === "string" && /^\d{1,18}$/.test(value) ? BigInt(value) : undefined;
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("audit.view");
  const beforeId = parseCursor((await searchParams).before);
  const [t, format, page] = await Promise.all([
    getTranslations("audit"),
    getFormatter(),
    listAuditEntries(user, beforeId),
  ]);
  // Actions and record types in the user's language; a code the catalogue does not know yet is shown as it is.
  const label = (key: string, fallback: string) => (t.has(key) ? t(key) : fallback);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <DataTable
        caption={t("title")}
        captionHidden
        rows={page.entries}
        rowKey={(entry) => entry.id.toString()}
        empty={t("empty")}
        columns={[
          {
            key: "at",
            header: t("at"),
            cellClassName: "whitespace-nowrap tabular-nums",
            cell: (entry) => format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }),
          },
          { key: "actor", header: t("actor"), cell: (entry) => entry.actorName },
          {
            key: "action",
            header: t("action"),
            cell: (entry) => label(`actions.${entry.action.replace(".", "_")}`, entry.action),
          },
          {
            key: "entity",
            header: t("entity"),
            cell: (entry) => (
              <>
                {label(`entities.${entry.entityType}`, entry.entityType)}{" "}
                <span className="font-mono text-xs text-slate-500">{entry.entityId}</span>
              </>
            ),
          },
          {
            key: "changes",
            header: t("changes"),
            cell: (entry) => (
              <AuditChanges changes={auditChanges(entry.before, entry.after)} entityType={entry.entityType} />
            ),
          },
        ]}
      />
      <div className="mt-4 flex gap-4 text-sm">
        {beforeId ? (
          <Link href="/audit" className="text-brand-700 underline">
            {t("newer")}
          </Link>
        ) : null}
        {page.nextBeforeId ? (
          <Link href={`/audit?before=${page.nextBeforeId.toString()}`} className="text-brand-700 underline">
            {t("older")}
          </Link>
        ) : null}
      </div>
    </>
  );
}
