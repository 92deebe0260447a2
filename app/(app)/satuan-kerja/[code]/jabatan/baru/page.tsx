import { getTranslations } from "next-intl/server";
import { PositionForm } from "@/components/units/position-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireManagedUnit } from "@/lib/units/guards";
import { listSections } from "@/lib/units/queries";

export default async function NewPositionPage({ params }: { params: Promise<{ code: string }> }) {
  const { unit } = await requireManagedUnit((await params).code);
  const [t, sections] = await Promise.all([getTranslations("units"), listSections(unit.id)]);
  return (
    <>
      <PageHeader title={t("newPost")} intro={unit.name} />
      <PositionForm
        unitId={unit.id}
        sectionOptions={sections.map((s) => ({
          value: s.id,
          label: `${t(`sectionKinds.${s.kind}`)} ${s.name}`,
        }))}
        cancelHref={`/satuan-kerja/${unit.code}`}
      />
    </>
  );
}
