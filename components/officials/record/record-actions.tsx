import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

const LINK =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

/** Ubah data, Mutasi, Pensiun, Nonaktifkan; moving and ending service only while the official serves. */
export async function RecordActions({ id, serving }: { id: string; serving: boolean }) {
  const t = await getTranslations("officialRecord.detail");
  return (
    <>
      <Link href={`/pegawai/${id}/ubah`} className={LINK}>
        {t("edit")}
      </Link>
      {serving ? (
        <>
          <Link href={`/pegawai/${id}/mutasi`} className={LINK}>
            {t("move")}
          </Link>
          <Link href={`/pegawai/${id}/nonaktifkan?status=RETIRED`} className={LINK}>
            {t("retire")}
          </Link>
          <Link href={`/pegawai/${id}/nonaktifkan`} className={LINK}>
            {t("endService")}
          </Link>
        </>
      ) : null}
    </>
  );
}
