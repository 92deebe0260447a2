import { getFormatter, getTranslations } from "next-intl/server";

/** A scheduled change as the record and the home page show it (plain shape: no Prisma types in components). */
export interface ScheduledChangeView {
  id: string;
  kind: "MOVE" | "SERVICE_END" | "STATUS";
  effectiveDate: Date;
  status: string | null;
  reason: string | null;
  toUnit: { name: string } | null;
  assignment: { position: { title: string } } | null;
}

/** "Terjadwal: Pensiun mulai 1 Januari 2027", "Terjadwal: Cuti mulai …", "Terjadwal: Mutasi ke KPU Kota Bima sebagai … mulai …". */
export async function scheduledChangeText(change: ScheduledChangeView): Promise<string> {
  const [t, tr, format] = await Promise.all([
    getTranslations("officialChanges.panel"),
    getTranslations("officialRecord.statuses"),
    getFormatter(),
  ]);
  // Calendar dates are stored as UTC midnight: shown in UTC they keep their day in every zone.
  const date = format.dateTime(change.effectiveDate, { dateStyle: "long", timeZone: "UTC" });
  // An end of service or a change of status names the status it sets: "Terjadwal: Cuti mulai 1 Februari 2027".
  if (change.kind !== "MOVE") return t("serviceEnd", { status: tr(change.status ?? "INACTIVE"), date });
  const unit = change.toUnit?.name ?? "";
  const post = change.assignment?.position.title;
  return post ? t("moveToPost", { unit, post, date }) : t("move", { unit, date });
}
