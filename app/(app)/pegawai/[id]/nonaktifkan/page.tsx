import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { EndServiceForm } from "@/components/officials/record/end-service-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { OfficialStatus } from "@/lib/generated/prisma/enums";
import { getOfficialForForm } from "@/lib/officials/record-queries";
import { ENDED_STATUSES, isEndedStatus } from "@/lib/officials/status";

/** Pensiun / nonaktifkan: `?status=RETIRED` (from the Pensiun button) preselects the status. */
export default async function EndServicePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ status?: string | string[] }>;
}) {
  const user = await requirePermission("official.manage");
  const form = await getOfficialForForm(user, (await params).id);
  if (!form) notFound();
  if (isEndedStatus(form.values.status as OfficialStatus)) redirect(`/pegawai/${form.id}`);
  const [t, { status: wanted }] = await Promise.all([
    getTranslations("officialRecord.endService"),
    searchParams,
  ]);
  const initialStatus = ENDED_STATUSES.find((status) => status === wanted) ?? "INACTIVE";
  return (
    <>
      <PageHeader title={t("title", { name: form.values.name })} intro={t("intro")} />
      <EndServiceForm
        record={{ id: form.id, version: form.version }}
        statuses={ENDED_STATUSES}
        initialStatus={initialStatus}
        cancelHref={`/pegawai/${form.id}`}
      />
    </>
  );
}
