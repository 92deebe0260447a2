import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { AbolishPositionForm } from "@/components/units/abolish-position-form";
import { PositionForm } from "@/components/units/position-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireManagedUnit } from "@/lib/units/guards";
import { findPostInUnit, listSections } from "@/lib/units/queries";

export default async function EditPositionPage({
  params,
}: {
  params: Promise<{ code: string; id: string }>;
}) {
  const { code, id } = await params;
  const { user, unit } = await requireManagedUnit(code);
  const [t, sections, post] = await Promise.all([
    getTranslations("units"),
    listSections(unit.id),
    findPostInUnit(unit.id, id),
  ]);
  if (!post) notFound();
  return (
    <>
      <PageHeader title={t("editPost")} intro={`${post.title} · ${unit.name}`} />
      <PositionForm
        unitId={unit.id}
        post={post}
        sectionOptions={sections.map((s) => ({
          value: s.id,
          label: `${t(`sectionKinds.${s.kind}`)} ${s.name}`,
        }))}
        cancelHref={`/satuan-kerja/${unit.code}`}
      />
      <div className="mt-8">
        <AbolishPositionForm id={post.id} version={post.version} />
      </div>
      <div className="mt-8">
        <RecordHistory user={user} records={{ entityType: "Position", entityId: post.id }} />
      </div>
    </>
  );
}
