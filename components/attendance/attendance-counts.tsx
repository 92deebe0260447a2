import { useTranslations } from "next-intl";
import type { AttendanceCounts } from "@/lib/attendance/roster";

const SHOWN = ["PRESENT_ONSITE", "PRESENT_ONLINE", "ABSENT", "EXPECTED"] as const;

/** The totals by mode above the list; they follow every tap at once (the list passes its optimistic marks). */
export function AttendanceCountsBar({ counts }: { counts: AttendanceCounts }) {
  const t = useTranslations("attendance");
  return (
    <section
      aria-label={t("summary")}
      className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50/95 py-2 backdrop-blur"
    >
      <dl className="grid grid-cols-4 gap-1 text-center">
        {SHOWN.map((status) => (
          <div key={status} className="rounded-md bg-white px-1 py-1.5 shadow-sm ring-1 ring-slate-200">
            <dt className="text-[0.7rem] leading-tight text-slate-600">{t(`status.${status}`)}</dt>
            <dd className="text-xl font-semibold tabular-nums" data-status={status}>
              {counts[status]}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-center text-xs text-slate-500">{t("ofTotal", { total: counts.total })}</p>
    </section>
  );
}
