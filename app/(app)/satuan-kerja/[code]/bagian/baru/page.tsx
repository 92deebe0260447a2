import { getTranslations } from "next-intl/server";
import { SectionForm } from "@/components/units/section-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireManagedUnit } from "@/lib/units/guards";
import { listSections } from "@/lib/units/queries";
import { bagianOptions, sectionKindsFor } from "@/lib/units/section-options";

export default async function NewSectionPage({ params }: { params: Promise<{ code: string }> }) {
  const { unit } = await requireManagedUnit((await params).code);
  const [t, sections] = await Promise.all([getTranslations("units"), listSections(unit.id)]);
  return (
    <>
      <PageHeader title={t("newSection")} intro={unit.name} />
      <SectionForm
        unitId={unit.id}
        kinds={sectionKindsFor(unit.level)}
        parentOptions={bagianOptions(sections)}
        cancelHref={`/satuan-kerja/${unit.code}`}
      />
    </>
  );
}
