import { useTranslations } from "next-intl";
import type { QuotaCount } from "@/lib/units/posture";

/** "kurang 3" / "lebih 1" / "sesuai kuota": a word and a symbol as well as a colour, never colour alone. */
export function QuotaStatus({ count }: { count: QuotaCount }) {
  const t = useTranslations("units.posture");
  if (count.shortfall > 0) {
    return (
      <span className="inline-flex items-center gap-1 rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800">
        <span aria-hidden="true">▼</span>
        {t("shortfall", { count: count.shortfall })}
      </span>
    );
  }
  if (count.excess > 0) {
    return (
      <span className="inline-flex items-center gap-1 rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900">
        <span aria-hidden="true">▲</span>
        {t("excess", { count: count.excess })}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800">
      <span aria-hidden="true">✓</span>
      {t("atQuota")}
    </span>
  );
}

/** "11 dari 12" followed by its status. */
export function QuotaFigure({ count }: { count: QuotaCount }) {
  const t = useTranslations("units.posture");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="tabular-nums">{t("ofQuota", { staff: count.staff, quota: count.quota })}</span>
      <QuotaStatus count={count} />
    </span>
  );
}
