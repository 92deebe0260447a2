import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SectionForm } from "@/components/units/section-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireManagedUnit } from "@/lib/units/guards";
import { listSections } from "@/lib/units/queries";
import { bagianOptions, sectionKindsFor } from "@/lib/units/section-options";

export default async function EditSectionPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const { unit } = await requireManagedUnit(code);
  const [t, sections] = await Promise.all([getTranslations("units"), listSections(unit.id)]);
  const section = sections.find((candidate) => candidate.id === id);
  if (!section) notFound();
  return (
    <>
      <PageHeader
        title={t("editSection")}
        intro={`${t(`sectionKinds.${section.kind}`)} ${section.name} · ${unit.name}`}
      />
      <SectionForm
        unitId={unit.id}
        section={section}
        kinds={sectionKindsFor(unit.level)}
        parentOptions={bagianOptions(sections, section.id)}
        cancelHref={`/satuan-kerja/${unit.code}`}
      />
    </>
  );
}
