import { getFormatter, getTranslations } from "next-intl/server";
import type { VisitDetail } from "@/lib/supervision/queries";

/**
 * Data kunjungan: who visits whom, when, where, why, and the team (the first named leads it); for a cancelled
 * visit, when, by whom and why it was cancelled.
 */
export async function VisitFacts({
  visit,
  cancellation,
}: {
  visit: VisitDetail;
  cancellation?: { at: Date; by: string; reason: string } | null;
}) {
  const [t, format] = await Promise.all([getTranslations("supervision"), getFormatter()]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const dates =
    visit.startDate.getTime() === visit.endDate.getTime()
      ? day(visit.startDate)
      : `${day(visit.startDate)} – ${day(visit.endDate)}`;
  const facts: [string, string][] = [
    [t("fields.hostUnitId"), visit.hostUnit.name],
    [t("fields.visitor"), visit.visitorUnit.name],
    [t("fields.dates"), dates],
    [t("fields.location"), visit.location ?? "—"],
    [t("fields.status"), t(`visitStatus.${visit.status}`)],
  ];
  return (
    <>
      {visit.status === "CANCELLED" ? (
        <p
          role="note"
          className="mx-4 mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          <span className="font-medium">{t("cancelledNotice")}</span>
          {cancellation ? (
            <>
              {" "}
              {t("cancelledBy", {
                by: cancellation.by,
                at: format.dateTime(cancellation.at, {
                  dateStyle: "long",
                  timeStyle: "short",
                  timeZone: visit.hostUnit.timeZone,
                }),
              })}
              <span className="mt-1 block whitespace-pre-line">“{cancellation.reason}”</span>
            </>
          ) : null}
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 p-4 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
        <div className="sm:col-span-2">
          <dt className="text-slate-500">{t("team")}</dt>
          <dd>
            <ol className="list-decimal pl-5">
              {visit.team.map(({ official }, index) => (
                <li key={official.id}>
                  {official.name}
                  {index === 0 ? ` (${t("teamLead")})` : null}
                </li>
              ))}
            </ol>
          </dd>
        </div>
      </dl>
      {visit.purpose ? (
        <p className="border-t border-slate-200 p-4 text-sm whitespace-pre-line">
          <span className="block text-slate-500">{t("fields.purpose")}</span>
          {visit.purpose}
        </p>
      ) : null}
    </>
  );
}
