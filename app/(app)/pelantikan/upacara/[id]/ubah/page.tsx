import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { InaugurationForm } from "@/components/inaugurations/inauguration-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { todayInZone } from "@/lib/dates/today";
import { timeInZone } from "@/lib/inaugurations/local-time";
import { getInauguration } from "@/lib/inaugurations/queries";
import { zoneName } from "@/lib/pdf/print-time";
import { isoDate } from "@/lib/validations/input";

export default async function EditInaugurationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("inauguration.manage");
  const ceremony = await getInauguration(user, (await params).id);
  if (!ceremony) notFound();
  if (ceremony.status !== "PLANNED") redirect(`/pelantikan/upacara/${ceremony.id}`);
  const t = await getTranslations("inaugurations");
  const zone = ceremony.unit.timeZone;
  return (
    <>
      <PageHeader title={t("edit")} intro={ceremony.title} />
      <InaugurationForm
        ceremony={{
          ...ceremony,
          date: isoDate(todayInZone(zone, ceremony.scheduledAt)),
          time: timeInZone(ceremony.scheduledAt, zone),
        }}
        defaults={{}}
        zone={zoneName(zone)}
        cancelHref={`/pelantikan/upacara/${ceremony.id}`}
      />
    </>
  );
}
