import { useTranslations } from "next-intl";
import type { PlanKind } from "@/lib/officials/import/plan";
import type { PreviewRow } from "@/lib/officials/import/view";

const CELL = "px-3 py-2 align-top";

const TONES: Record<PlanKind, string> = {
  create: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  update: "bg-sky-50 text-sky-800 ring-sky-600/20",
  unchanged: "bg-slate-100 text-slate-700 ring-slate-500/20",
  invalid: "bg-red-50 text-red-800 ring-red-600/20",
};

/** What the import would do with each row of the file; the text, not the colour, carries the meaning. */
export function RowTable({ rows }: { rows: PreviewRow[] }) {
  const t = useTranslations("import.rowList");
  const none = useTranslations("common")("none");
  return (
    <section aria-labelledby="import-rows-heading" className="rounded-lg border border-slate-200 bg-white">
      <h3 id="import-rows-heading" className="border-b border-slate-200 px-4 py-3 font-semibold">
        {t("title")}
      </h3>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("row")}
              </th>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("name")}
              </th>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("nip")}
              </th>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("unit")}
              </th>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("result")}
              </th>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("changes")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.rowNumber}>
                <th scope="row" className={`${CELL} text-left font-medium tabular-nums`}>
                  {row.rowNumber}
                </th>
                <td className={CELL}>{row.name || none}</td>
                <td className={`${CELL} font-mono text-xs whitespace-nowrap`}>{row.nip || none}</td>
                <td className={CELL}>{row.unitCode || none}</td>
                <td className={CELL}>
                  <span
                    className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[row.kind]}`}
                  >
                    {t(`kinds.${row.kind}`)}
                  </span>
                </td>
                <td className={CELL}>{row.changes.length > 0 ? row.changes.join(", ") : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
