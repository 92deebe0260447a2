import { getFormatter, getTranslations } from "next-intl/server";
import type { AssignmentRow } from "./types";

const DATE = { dateStyle: "medium", timeZone: "UTC" } as const;

/**
 * Posts held: the current ones (post, unit, since, decree) or the whole riwayat jabatan, which adds the end date
 * and why the post ended. End reasons written by this app are codes; older ones are text as recorded.
 */
export async function AssignmentsTable({
  rows,
  history = false,
}: {
  rows: AssignmentRow[];
  history?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("officialRecord"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, DATE);
  const reason = (value: string | null) =>
    value === null ? "" : t.has(`endReasons.${value}`) ? t(`endReasons.${value}`) : value;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("detail.post")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("detail.unit")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {history ? t("detail.period") : t("detail.since")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("detail.decree")}
            </th>
            {history ? (
              <th scope="col" className="px-4 py-2 font-medium">
                {t("detail.endReason")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-4 py-2 text-left font-medium">
                {row.position.title}
              </th>
              <td className="px-4 py-2">{row.unit.name}</td>
              <td className="px-4 py-2 whitespace-nowrap tabular-nums">
                {history
                  ? t("detail.periodRange", {
                      from: date(row.startDate),
                      to: row.endDate ? date(row.endDate) : t("detail.untilNow"),
                    })
                  : date(row.startDate)}
              </td>
              <td className="px-4 py-2">
                {row.decreeNumber
                  ? row.decreeDate
                    ? t("detail.decreeOf", { number: row.decreeNumber, date: date(row.decreeDate) })
                    : row.decreeNumber
                  : "—"}
              </td>
              {history ? <td className="px-4 py-2">{reason(row.endReason) || "—"}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
