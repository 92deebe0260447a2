import { useTranslations } from "next-intl";
import type { OfficialStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<OfficialStatus, string> = {
  ACTIVE: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  ON_LEAVE: "bg-amber-50 text-amber-800 ring-amber-600/20",
  STUDY_LEAVE: "bg-violet-50 text-violet-800 ring-violet-600/20",
  TRANSFERRED_OUT: "bg-sky-50 text-sky-800 ring-sky-600/20",
  RETIRED: "bg-slate-100 text-slate-700 ring-slate-500/20",
  DECEASED: "bg-slate-100 text-slate-700 ring-slate-500/20",
  INACTIVE: "bg-red-50 text-red-800 ring-red-600/20",
};

/** An official's status as a coloured label; the text, not the colour, carries the meaning. */
export function StatusBadge({ status }: { status: OfficialStatus }) {
  const t = useTranslations("officials.statuses");
  return <span className={`badge ${TONES[status]}`}>{t(status)}</span>;
}
