import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OfficialForm } from "@/components/officials/record/official-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { OfficialStatus } from "@/lib/generated/prisma/enums";
import { getOfficialForForm, getPlacementOptions } from "@/lib/officials/record-queries";
import { isEndedStatus, SERVING_STATUSES } from "@/lib/officials/status";

/** Ubah data pegawai: the form, loaded with the stored values and the version they carry. */
export default async function EditOfficialPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("official.manage");
  const form = await getOfficialForForm(user, (await params).id);
  if (!form) notFound();
  const [t, options] = await Promise.all([getTranslations("officialRecord.form"), getPlacementOptions(user)]);
  const stored = form.values.status as OfficialStatus;
  // An ended status stays selectable only for the one who has it (a correction); the form may also reactivate.
  const statuses: OfficialStatus[] = isEndedStatus(stored)
    ? [...SERVING_STATUSES, stored]
    : [...SERVING_STATUSES];
  return (
    <>
      <PageHeader title={t("editTitle", { name: form.values.name })} intro={t("editIntro")} />
      <OfficialForm
        initial={form.values}
        record={{ id: form.id, version: form.version }}
        today={form.today}
        statuses={statuses}
        religion={form.religion}
        rankHistory={form.rankHistory}
        units={options.units}
        sections={options.sections}
        cancelHref={`/pegawai/${form.id}`}
      />
    </>
  );
}
