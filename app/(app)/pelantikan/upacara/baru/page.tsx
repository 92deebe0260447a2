import { getTranslations } from "next-intl/server";
import { InaugurationForm } from "@/components/inaugurations/inauguration-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { todayFor } from "@/lib/dates/today";
import { zoneName } from "@/lib/pdf/print-time";
import { isoDate } from "@/lib/validations/input";

/** Jadwalkan pelantikan at the user's unit; the appointees are added on the ceremony's page. */
export default async function NewInaugurationPage() {
  const user = await requirePermission("inauguration.manage");
  const t = await getTranslations("inaugurations");
  return (
    <>
      <PageHeader title={t("schedule")} intro={user.unit.name} />
      <InaugurationForm
        defaults={{ date: isoDate(todayFor(user)), time: "09:00", mode: "HYBRID" }}
        zone={zoneName(user.unit.timeZone)}
        cancelHref="/pelantikan"
      />
    </>
  );
}
