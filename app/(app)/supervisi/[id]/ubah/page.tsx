import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VisitForm } from "@/components/supervision/visit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { todayFor } from "@/lib/dates/today";
import { visitAbilities } from "@/lib/supervision/abilities";
import { getVisit, ownUnitOfficials } from "@/lib/supervision/queries";
import { isoDate } from "@/lib/validations/input";

export const dynamic = "force-dynamic";

/** Ubah rencana kunjungan: the visiting unit changes a visit still planned; any other visit has no such form. */
export default async function EditVisitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("visit.manage");
  const visit = await getVisit(user, (await params).id);
  if (!visit || !visitAbilities(user, visit).edit) notFound();
  const [t, officials] = await Promise.all([getTranslations("supervision"), ownUnitOfficials(user)]);
  return (
    <>
      <PageHeader title={t("editVisit")} intro={visit.title} />
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <VisitForm
          units={[]}
          officials={officials.map((official) => ({ value: official.id, label: official.name }))}
          today={isoDate(todayFor(user))}
          visit={{
            id: visit.id,
            version: visit.version,
            hostUnitName: visit.hostUnit.name,
            title: visit.title,
            startDate: isoDate(visit.startDate),
            endDate: isoDate(visit.endDate),
            location: visit.location ?? "",
            purpose: visit.purpose ?? "",
            teamIds: visit.team.map(({ official }) => official.id),
            checklists: Object.fromEntries(
              visit.areas.map((area) => [area.area, area.items.map((item) => item.label).join("\n")]),
            ),
          }}
        />
      </div>
    </>
  );
}
