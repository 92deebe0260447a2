import { getTranslations } from "next-intl/server";
import { OfficialForm } from "@/components/officials/record/official-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getPlacementOptions } from "@/lib/officials/record-queries";
import { OFFICIAL_FORM_FIELDS, type OfficialFormValues } from "@/lib/officials/form-values";
import { rankHistoryFormValues } from "@/lib/officials/rank-history";
import { SERVING_STATUSES } from "@/lib/officials/status";

/** Pegawai baru. `?unit=<id>` preselects a unit in scope; otherwise the user's own unit. */
export default async function NewOfficialPage({
  searchParams,
}: {
  searchParams: Promise<{ unit?: string | string[] }>;
}) {
  const user = await requirePermission("official.manage");
  const [t, options, { unit }] = await Promise.all([
    getTranslations("officialRecord.form"),
    getPlacementOptions(user, true),
    searchParams,
  ]);
  const unitIds = options.units.map((option) => option.id);
  const preferred = [unit, user.unit.id].find(
    (id): id is string => typeof id === "string" && unitIds.includes(id),
  );
  const initial = Object.fromEntries(OFFICIAL_FORM_FIELDS.map((field) => [field, ""])) as OfficialFormValues;
  Object.assign(initial, { employmentType: "PNS", status: "ACTIVE", unitId: preferred ?? unitIds[0] ?? "" });
  return (
    <>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <OfficialForm
        initial={initial}
        statuses={[...SERVING_STATUSES]}
        units={options.units}
        sections={options.sections}
        posts={options.posts}
        rankHistory={rankHistoryFormValues(null)}
        cancelHref="/pegawai"
      />
    </>
  );
}
