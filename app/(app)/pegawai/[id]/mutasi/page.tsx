import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { MoveForm } from "@/components/officials/record/move-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { OfficialStatus } from "@/lib/generated/prisma/enums";
import { getOfficialForForm, getPlacementOptions } from "@/lib/officials/record-queries";
import { isEndedStatus } from "@/lib/officials/status";

/** Mutasi pegawai: to another unit or section in scope, optionally into a post. */
export default async function MoveOfficialPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("official.manage");
  const form = await getOfficialForForm(user, (await params).id);
  if (!form) notFound();
  if (isEndedStatus(form.values.status as OfficialStatus)) redirect(`/pegawai/${form.id}`);
  const [t, options] = await Promise.all([
    getTranslations("officialRecord.move"),
    getPlacementOptions(user, true),
  ]);
  const { unitId, sectionId } = form.values;
  const unitName = options.units.find((unit) => unit.id === unitId)?.name ?? "";
  return (
    <>
      <PageHeader
        title={t("title", { name: form.values.name })}
        intro={`${t("current", { unit: unitName })}. ${t("intro")}`}
      />
      <MoveForm
        record={{ id: form.id, version: form.version }}
        current={{ unitId, sectionId }}
        units={options.units}
        sections={options.sections}
        posts={options.posts}
        cancelHref={`/pegawai/${form.id}`}
      />
    </>
  );
}
