import { useFormatter, useTranslations } from "next-intl";
import type { NipParts } from "@/lib/officials/nip";
import type { PppkNumberParts } from "@/lib/officials/pppk-number";

type Notes = { birthDate?: string; gender?: string };

/**
 * What a NIP encodes, as a definition list: birth date, TMT CPNS, gender, sequence. `notes` flag parts that
 * disagree with what the form says. Used live in the form and on the record page (no client-only code).
 */
export function NipBreakdown({ parts, notes = {} }: { parts: NipParts; notes?: Notes }) {
  const t = useTranslations("officialRecord");
  const format = useFormatter();
  const serviceStart = new Date(Date.UTC(parts.serviceStart.year, parts.serviceStart.month - 1, 1));
  return (
    <BreakdownList
      rows={[
        [t("nipPanel.birthDate"), format.dateTime(parts.birthDate, LONG_DATE), notes.birthDate],
        [
          t("nipPanel.serviceStart"),
          format.dateTime(serviceStart, { month: "long", year: "numeric", timeZone: "UTC" }),
        ],
        [t("nipPanel.gender"), t(`genders.${parts.gender}`), notes.gender],
        [t("nipPanel.sequence"), String(parts.sequence)],
      ]}
    />
  );
}

/** What an NI PPPK encodes: birth date, year of appointment, which contract, gender, sequence. */
export function PppkNumberBreakdown({ parts, notes = {} }: { parts: PppkNumberParts; notes?: Notes }) {
  const t = useTranslations("officialRecord");
  const format = useFormatter();
  return (
    <BreakdownList
      rows={[
        [t("pppkPanel.birthDate"), format.dateTime(parts.birthDate, LONG_DATE), notes.birthDate],
        [t("pppkPanel.appointmentYear"), String(parts.appointmentYear)],
        [t("pppkPanel.contract"), String(parts.contract)],
        [t("pppkPanel.gender"), t(`genders.${parts.gender}`), notes.gender],
        [t("pppkPanel.sequence"), String(parts.sequence)],
      ]}
    />
  );
}

const LONG_DATE = { dateStyle: "long", timeZone: "UTC" } as const;

function BreakdownList({ rows }: { rows: [label: string, value: string, note?: string][] }) {
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
