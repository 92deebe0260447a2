import { useTranslations } from "next-intl";
import type { QuotaCount } from "@/lib/units/posture";

/**
 * "kurang 3" and/or "lebih 1", or "sesuai kuota": a word and a symbol as well as a colour, never colour alone. A
 * total over several units can be short in one and over in another: both are shown, so that the figure adds up
 * (quota − staff = shortfall − excess).
 */
export function QuotaStatus({ count }: { count: QuotaCount }) {
  const t = useTranslations("units.posture");
  if (count.shortfall === 0 && count.excess === 0) {
    return (
      <span className="quota-badge bg-emerald-50 text-emerald-800">
        <span aria-hidden="true">✓</span>
        {t("atQuota")}
      </span>
    );
  }
  const shortfall = count.shortfall > 0 && (
    <span className="quota-badge bg-red-50 text-red-800">
      <span aria-hidden="true">▼</span>
      {t("shortfall", { count: count.shortfall })}
    </span>
  );
  const excess = count.excess > 0 && (
    <span className="quota-badge bg-amber-50 text-amber-900">
      <span aria-hidden="true">▲</span>
      {t("excess", { count: count.excess })}
    </span>
  );
  // Most units are short or over, not both: a single badge needs no row to wrap in.
  if (!shortfall || !excess) return shortfall || excess;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {shortfall}
      {excess}
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
