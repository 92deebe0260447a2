import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** "Impor pegawai": for the officials list header; render it only for users who may manage officials. */
export async function ImportLink() {
  const t = await getTranslations("import");
  return (
    <Link
      href="/pegawai/impor"
      className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
    >
      {t("title")}
    </Link>
  );
}
