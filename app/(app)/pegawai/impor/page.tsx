import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FormatTable } from "@/components/officials/import/format-table";
import { ImportWizard } from "@/components/officials/import/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listUnitsInScope } from "@/lib/units/queries";

/** Impor pegawai: check a CSV/XLSX staff list, see every problem by row and column, then import it all at once. */
export default async function ImportOfficialsPage() {
  const user = await requirePermission("official.manage");
  const [t, units] = await Promise.all([getTranslations("import"), listUnitsInScope(user)]);
  return (
    <>
      <Link href="/pegawai" className="mb-2 inline-block text-sm font-medium text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <a
            href="/api/pegawai/impor/templat"
            download
            aria-describedby="import-template-hint"
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            {t("template.download")}
          </a>
        }
      />
      <div className="mb-6 space-y-3 text-sm text-slate-700">
        <p id="import-template-hint">{t("template.hint")}</p>
        <p>{t("matching")}</p>
        <FormatTable />
      </div>
      <ImportWizard
        units={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        defaultUnitId={user.unit.id}
      />
    </>
  );
}
