import { getTranslations } from "next-intl/server";
import { VisitForm } from "@/components/supervision/visit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { todayFor } from "@/lib/dates/today";
import { visitFormOptions } from "@/lib/supervision/queries";
import { isoDate } from "@/lib/validations/input";

export const dynamic = "force-dynamic";

/** Rencanakan kunjungan supervisi to a unit below the user's. */
export default async function PlanVisitPage() {
  const user = await requirePermission("visit.manage");
  const [t, { units, officials }] = await Promise.all([
    getTranslations("supervision"),
    visitFormOptions(user),
  ]);
  return (
    <>
      <PageHeader title={t("planVisit")} intro={t("planIntro")} />
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <VisitForm
          units={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          officials={officials.map((official) => ({ value: official.id, label: official.name }))}
          today={isoDate(todayFor(user))}
        />
      </div>
    </>
  );
}
