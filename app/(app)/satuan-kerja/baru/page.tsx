import { getTranslations } from "next-intl/server";
import { UnitForm } from "@/components/units/unit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listParentOptions } from "@/lib/units/queries";

export default async function NewUnitPage() {
  const user = await requirePermission("unit.manage");
  const [t, parents] = await Promise.all([getTranslations("units"), listParentOptions(user)]);
  return (
    <>
      <PageHeader title={t("newUnit")} />
      <UnitForm
        parentOptions={parents.map((unit) => ({ value: unit.id, label: unit.name }))}
        cancelHref="/satuan-kerja"
      />
    </>
  );
}
