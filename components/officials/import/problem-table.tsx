import { useTranslations } from "next-intl";
import type { PreviewProblem } from "@/lib/officials/import/view";

const CELL = "px-3 py-2 align-top";

/** Every problem of the file, by spreadsheet row and column, in the order the rows come. */
export function ProblemTable({ problems }: { problems: PreviewProblem[] }) {
  const t = useTranslations("import.problemList");
  return (
    <section aria-labelledby="import-problems-heading" className="rounded-lg border border-red-200 bg-white">
      <div className="border-b border-red-200 bg-red-50 px-4 py-3">
        <h3 id="import-problems-heading" className="font-semibold text-red-900">
          {t("title", { count: problems.length })}
        </h3>
        <p className="mt-1 text-sm text-red-900">{t("intro")}</p>
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("row")}
              </th>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("column")}
              </th>
              <th scope="col" className={`${CELL} font-medium`}>
                {t("problem")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {problems.map((problem, index) => (
              <tr key={index}>
                <th scope="row" className={`${CELL} text-left font-medium tabular-nums whitespace-nowrap`}>
                  {problem.rowNumber ?? t("wholeFile")}
                </th>
                <td className={`${CELL} whitespace-nowrap`}>{problem.column ?? t("wholeRow")}</td>
                <td className={CELL}>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
