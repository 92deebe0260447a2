import { useFormatter, useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import type { MeetingMode } from "@/lib/generated/prisma/enums";
import { zoneName } from "@/lib/pdf/print-time";

interface Ceremony {
  scheduledAt: Date;
  mode: MeetingMode;
  location: string | null;
  onlineUrl: string | null;
  officiantName: string | null;
  officiantTitle: string | null;
  witnessOne: string | null;
  witnessTwo: string | null;
  clergy: string | null;
  unit: { timeZone: string };
}

/** When, how and where the ceremony is held, who inaugurates and who witnesses, in the unit's own time. */
export function CeremonyFacts({ ceremony }: { ceremony: Ceremony }) {
  const t = useTranslations("inaugurations");
  const format = useFormatter();
  const zone = ceremony.unit.timeZone;
  const facts: [string, string | null][] = [
    [
      t("detail.when"),
      t("detail.wita", {
        date: format.dateTime(ceremony.scheduledAt, { dateStyle: "full", timeZone: zone }),
        time: format.dateTime(ceremony.scheduledAt, { timeStyle: "short", timeZone: zone }),
        zone: zoneName(zone, ceremony.scheduledAt),
      }),
    ],
    [t("fields.mode"), t(`modes.${ceremony.mode}`)],
    [t("detail.where"), ceremony.location],
    [t("detail.link"), ceremony.onlineUrl],
    [
      t("detail.officiant"),
      [ceremony.officiantName, ceremony.officiantTitle].filter(Boolean).join(", ") || null,
    ],
    [t("detail.witnesses"), [ceremony.witnessOne, ceremony.witnessTwo].filter(Boolean).join("; ") || null],
    [t("detail.clergy"), ceremony.clergy],
  ];
  return (
    <Panel id="facts-heading" title={t("detail.facts")}>
      <dl className="grid gap-3 p-4 sm:grid-cols-2">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs font-medium text-slate-500">{label}</dt>
              <dd className="text-sm break-words text-slate-900">{value}</dd>
            </div>
          ))}
      </dl>
    </Panel>
  );
}
