import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { proposalsOfOfficial } from "@/lib/appointments/queries";
import type { CurrentUser } from "@/lib/auth/types";
import { inaugurationsOfOfficial } from "@/lib/inaugurations/queries";
import { ProposalsTable } from "./proposals-table";

/** On an official's record: the proposals naming them and the ceremonies they were on, with their attendance. */
export async function OfficialAppointments({ user, officialId }: { user: CurrentUser; officialId: string }) {
  const [t, format, proposals, ceremonies] = await Promise.all([
    getTranslations("inaugurations"),
    getFormatter(),
    proposalsOfOfficial(user, officialId),
    inaugurationsOfOfficial(user, officialId),
  ]);
  return (
    <>
      <ProposalsTable rows={proposals} />
      {ceremonies.length > 0 ? (
        <ul className="divide-y divide-slate-100 border-t border-slate-200 text-sm" aria-label={t("title")}>
          {ceremonies.map(({ inauguration, attendance }) => (
            <li key={inauguration.id} className="px-4 py-2">
              <Link href={`/pelantikan/upacara/${inauguration.id}`} className="text-brand-700 underline">
                {inauguration.title}
              </Link>{" "}
              · {format.dateTime(inauguration.scheduledAt, { dateStyle: "long" })} ·{" "}
              {t(`attendance.${attendance}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
