import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

/** The page of a module whose workflow has not been built yet: it exists, is permission-checked, and says so. */
export async function ModulePlaceholder({ navKey }: { navKey: string }) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t(`nav.${navKey}`)} />
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
        {t("placeholder.body")}
      </p>
    </>
  );
}
