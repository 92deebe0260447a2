import { useFormatter, useTranslations } from "next-intl";
import type { NipParts } from "@/lib/officials/nip";

/**
 * What a NIP encodes, as a definition list: birth date, TMT CPNS, gender, sequence. `notes` flag parts that
 * disagree with what the form says. Used live in the form and on the record page (no client-only code).
 */
export function NipBreakdown({
  parts,
  notes = {},
}: {
  parts: NipParts;
  notes?: { birthDate?: string; gender?: string };
}) {
  const t = useTranslations("officialRecord");
  const format = useFormatter();
  const serviceStart = new Date(Date.UTC(parts.serviceStart.year, parts.serviceStart.month - 1, 1));
  const rows: [string, string, string | undefined][] = [
    [
      t("nipPanel.birthDate"),
      format.dateTime(parts.birthDate, { dateStyle: "long", timeZone: "UTC" }),
      notes.birthDate,
    ],
    [
      t("nipPanel.serviceStart"),
      format.dateTime(serviceStart, { month: "long", year: "numeric", timeZone: "UTC" }),
      undefined,
    ],
    [t("nipPanel.gender"), t(`genders.${parts.gender}`), notes.gender],
    [t("nipPanel.sequence"), String(parts.sequence), undefined],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([label, value, note]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium text-slate-900">
            {value}
            {note ? <span className="ml-2 font-normal text-red-700">({note})</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
