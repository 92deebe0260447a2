import { getFormatter, getTranslations } from "next-intl/server";
import { todayInIndonesia } from "@/lib/dates/today";
import type {
  EducationLevel,
  EmploymentType,
  Gender,
  OfficialStatus,
  Rank,
  Religion,
} from "@/lib/generated/prisma/enums";
import { formatNip, parseNip } from "@/lib/officials/nip";
import { parsePppkNumber } from "@/lib/officials/pppk-number";
import { rankWithPangkat } from "@/lib/officials/ranks";
import { serviceLengthOn } from "@/lib/officials/service-length";
import { NipBreakdown, PppkNumberBreakdown } from "./nip-breakdown";

export interface PersonalDataProps {
  nip: string | null;
  gender: Gender;
  birthPlace: string | null;
  birthDate: Date | null;
  employmentType: EmploymentType;
  rank: Rank | null;
  religion: Religion | null;
  rankStartDate: Date | null;
  serviceYears: number | null;
  serviceMonths: number | null;
  serviceAsOf: Date | null;
  educationLevel: EducationLevel | null;
  educationMajor: string | null;
  status: OfficialStatus;
  unit: { name: string };
  section: { name: string } | null;
  email: string | null;
  phone: string | null;
}

/** Data pribadi: identity, employment and placement, with the NIP in its groups and what it encodes. */
export async function PersonalData({ official }: { official: PersonalDataProps }) {
  const [t, format] = await Promise.all([getTranslations("officialRecord"), getFormatter()]);
  const parsedNip = official.nip && official.employmentType === "PNS" ? parseNip(official.nip) : null;
  const parsedPppk =
    official.nip && official.employmentType === "PPPK" ? parsePppkNumber(official.nip) : null;
  const birth = [
    official.birthPlace,
    official.birthDate ? format.dateTime(official.birthDate, { dateStyle: "long", timeZone: "UTC" }) : null,
  ]
    .filter(Boolean)
    .join(", ");
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const service = serviceLengthOn(official, todayInIndonesia());
  const serviceText = service
    ? `${t("detail.serviceYearsMonths", { years: service.years, months: service.months })} ${
        service.derived
          ? t("detail.serviceDerived")
          : t("detail.serviceRecorded", {
              years: official.serviceYears ?? 0,
              months: official.serviceMonths ?? 0,
              date: official.serviceAsOf ? day(official.serviceAsOf) : "",
            })
      }`
    : null;
  const education = [
    official.educationLevel ? t(`educationLevels.${official.educationLevel}`) : null,
    official.educationMajor,
  ]
    .filter(Boolean)
    .join(", ");
  const rows: [string, React.ReactNode][] = [
    [
      official.employmentType === "PPPK" ? t("form.nipPppk") : t("fields.nip"),
      official.nip ? <span className="font-mono">{formatNip(official.nip)}</span> : null,
    ],
    [t("fields.employmentType"), t(`employmentTypes.${official.employmentType}`)],
    [t("fields.rank"), official.rank ? rankWithPangkat(official.rank) : null],
    [t("detail.rankStartDate"), official.rankStartDate ? day(official.rankStartDate) : null],
    [t("detail.serviceLength"), serviceText],
    [t("detail.education"), education || null],
    [t("fields.religion"), official.religion ? t(`religions.${official.religion}`) : null],
    [t("fields.status"), t(`statuses.${official.status}`)],
    [t("fields.gender"), t(`genders.${official.gender}`)],
    [`${t("fields.birthPlace")} / ${t("fields.birthDate")}`, birth || null],
    [t("fields.unitId"), official.unit.name],
    [t("fields.sectionId"), official.section?.name],
    [t("fields.email"), official.email],
    [t("fields.phone"), official.phone],
  ];
  return (
    <div className="grid gap-6 p-4 lg:grid-cols-[2fr_1fr]">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
      {parsedNip?.ok || parsedPppk?.ok ? (
        <div className="self-start rounded-md border border-slate-200 bg-slate-50 p-3">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {t(parsedPppk ? "detail.pppkEncodes" : "detail.nipEncodes")}
          </h3>
          {parsedNip?.ok ? <NipBreakdown parts={parsedNip} /> : null}
          {parsedPppk?.ok ? <PppkNumberBreakdown parts={parsedPppk} /> : null}
        </div>
      ) : null}
    </div>
  );
}
