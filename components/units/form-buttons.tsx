import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Save and cancel, at the foot of every unit, section and post form. */
export function FormButtons({ pending, cancelHref }: { pending: boolean; cancelHref: string }) {
  const t = useTranslations("units");
  return (
    <div className="flex items-center gap-3 pt-2">
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
      <Link href={cancelHref} className="text-sm text-slate-700 underline">
        {t("cancel")}
      </Link>
    </div>
  );
}
