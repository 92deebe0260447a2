import { useTranslations } from "next-intl";

const TONES: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-sky-50 text-sky-900",
  RETURNED: "bg-amber-50 text-amber-900",
  APPROVED: "bg-emerald-50 text-emerald-800",
  INAUGURATED: "bg-emerald-100 text-emerald-900",
  HELD: "bg-emerald-100 text-emerald-900",
  PLANNED: "bg-sky-50 text-sky-900",
  REJECTED: "bg-red-50 text-red-800",
  WITHDRAWN: "bg-slate-100 text-slate-600",
  CANCELLED: "bg-slate-100 text-slate-600",
};

/** A workflow state as a word on a tint (never colour alone), for proposals and ceremonies. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("workflow.states");
  return (
    <span
      className={`inline-flex rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[status] ?? TONES.DRAFT}`}
    >
      {t(status)}
    </span>
  );
}
