import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/audit/audit-changes";
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
      {page.entries.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("at")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("actor")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("action")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("entity")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("changes")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.entries.map((entry) => (
                <tr key={entry.id.toString()}>
                  <td className="px-4 py-2 whitespace-nowrap tabular-nums">
                    {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="px-4 py-2">{entry.actorName}</td>
                  <td className="px-4 py-2">
                    {label(`actions.${entry.action.replace(".", "_")}`, entry.action)}
                  </td>
                  <td className="px-4 py-2">
                    {label(`entities.${entry.entityType}`, entry.entityType)}{" "}
                    <span className="font-mono text-xs text-slate-500">{entry.entityId}</span>
                  </td>
                  <td className="px-4 py-2">
                    <AuditChanges
                      changes={auditChanges(entry.before, entry.after)}
                      entityType={entry.entityType}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
