import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/units/unit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireManagedUnit } from "@/lib/units/guards";
import { listParentOptions } from "@/lib/units/queries";

export default async function EditUnitPage({ params }: { params: Promise<{ code: string }> }) {
  const { user, unit } = await requireManagedUnit((await params).code);
  const [t, parents] = await Promise.all([getTranslations("units"), listParentOptions(user, unit.level)]);
  return (
    <>
      <PageHeader title={t("editUnit")} intro={unit.name} />
      <UnitForm
        unit={unit}
        parentOptions={parents.map((parent) => ({ value: parent.id, label: parent.name }))}
        cancelHref={`/satuan-kerja/${unit.code}`}
      />
    </>
  );
}
