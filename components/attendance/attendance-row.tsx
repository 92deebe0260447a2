import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ATTENDANCE_MARKS, type AttendanceMark, type Attendee } from "@/lib/attendance/roster";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { formatNip } from "@/lib/officials/nip";

const PRESSED: Record<AttendanceMark, string> = {
  PRESENT_ONSITE: "border-emerald-700 bg-emerald-700 text-white",
  PRESENT_ONLINE: "border-sky-700 bg-sky-700 text-white",
  ABSENT: "border-slate-700 bg-slate-700 text-white",
};

/** One person: who they are, and three large toggle buttons, one of which is pressed once they are marked. */
export function AttendanceRow({
  person,
  status,
  saving,
  error,
  detail,
  onMark,
}: {
  person: Attendee;
  /** The status shown: the last tap, even before the server confirmed it. */
  status: AttendanceStatus;
  saving: boolean;
  error?: string;
  /** A module's own line under the person (a ceremony: sumpah or janji). */
  detail?: ReactNode;
  onMark(status: AttendanceMark): void;
}) {
  const t = useTranslations("attendance");
  const details = [person.nip ? formatNip(person.nip) : person.organisation, person.unit].filter(Boolean);
  return (
    <li className="border-b border-slate-200 py-3 last:border-b-0" aria-busy={saving || undefined}>
      <div className="flex items-baseline justify-between gap-2">
        <p className="font-medium break-words text-slate-900">{person.name}</p>
        {saving ? <span className="shrink-0 text-xs text-slate-500">{t("saving")}</span> : null}
      </div>
      {details.length > 0 ? (
        <p className="text-sm break-words text-slate-600">{details.join(" · ")}</p>
      ) : null}
      {detail ? <p className="text-sm break-words text-slate-700">{detail}</p> : null}
      <div
        role="group"
        aria-label={t("markGroup", { name: person.name })}
        className="mt-2 grid grid-cols-3 gap-2"
      >
        {ATTENDANCE_MARKS.map((mark) => {
          const pressed = status === mark;
          return (
            <button
              key={mark}
              type="button"
              aria-pressed={pressed}
              onClick={() => {
                if (!pressed) onMark(mark);
              }}
              className={`min-h-12 rounded-md border px-1 text-sm leading-tight font-medium transition-colors ${
                pressed ? PRESSED[mark] : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
              }`}
            >
              {t(`status.${mark}`)}
            </button>
          );
        })}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("failed", { name: person.name, message: error })}
        </p>
      ) : null}
    </li>
  );
}
