import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The create page's address, for links from elsewhere (a unit may be preselected). */
export function newOfficialHref(unitId?: string): string {
  return unitId ? `/pegawai/baru?unit=${encodeURIComponent(unitId)}` : "/pegawai/baru";
}

/** "Tambah pegawai": for the officials list header; render it only for users who may manage officials. */
export async function NewOfficialLink({ unitId }: { unitId?: string }) {
  const t = await getTranslations("officialRecord");
  return (
    <Link
      href={newOfficialHref(unitId)}
      className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
    >
      {t("newLink")}
    </Link>
  );
}
