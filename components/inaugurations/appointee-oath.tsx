import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { oathFor } from "@/lib/appointments/oath";
import type { OathKind, Religion } from "@/lib/generated/prisma/enums";

/**
 * Sumpah or janji for one appointee: the one recorded at the ceremony, or before it the one their religion (agama)
 * gives. Without a religion there is no answer to give: a link to the official's record, where it is filled in.
 */
export function AppointeeOath({
  officialId,
  name,
  religion,
  oath = null,
}: {
  officialId: string;
  name: string;
  religion: Religion | null;
  oath?: OathKind | null;
}) {
  const t = useTranslations("inaugurations");
  const shown = oath ?? oathFor(religion);
  if (shown) return <>{t(`oaths.${shown}`)}</>;
  return (
    <Link href={`/pegawai/${officialId}`} className="font-medium text-amber-800 underline">
      {t("oath.missing")}
      <span className="sr-only"> ({t("oath.missingRecord", { name })})</span>
    </Link>
  );
}
