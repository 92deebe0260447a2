import { useTranslations } from "next-intl";
import { TEMPLATE_COLUMNS } from "@/lib/officials/export";

const CELL = "px-3 py-2 align-top";

/** The columns an import file must have and what goes in each, in the template's order. */
export function FormatTable() {
  const t = useTranslations("import.format");
  return (
    <details className="rounded-lg border border-slate-200 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-semibold">{t("title")}</summary>
      <div className="border-t border-slate-200 px-4 py-3">
        <p className="mb-3 text-sm text-slate-700">{t("intro")}</p>
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className={`${CELL} font-medium`}>
                  {t("column")}
                </th>
                <th scope="col" className={`${CELL} font-medium`}>
                  {t("content")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {TEMPLATE_COLUMNS.map((column) => (
                <tr key={column}>
                  <th scope="row" className={`${CELL} text-left font-medium whitespace-nowrap`}>
                    {column}
                  </th>
                  <td className={CELL}>{t(column)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </details>
  );
}
