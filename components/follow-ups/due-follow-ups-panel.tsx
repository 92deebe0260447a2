import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Panel } from "@/components/ui/panel";
import { FollowUpTable, type FollowUpRow } from "./follow-up-table";

/**
 * The user's follow-ups due within 7 days or late, computed when read: on the home page and in the notification
 * list, so nothing due needs a written notification to be seen.
 */
export async function DueFollowUpsPanel({ id, rows }: { id: string; rows: FollowUpRow[] }) {
  const t = await getTranslations("followUps");
  return (
    <Panel
      id={id}
      title={t("mine")}
      description={t("mineHint")}
      actions={
        <Link href="/tindak-lanjut" className="text-sm text-brand-700 underline">
          {t("title")}
        </Link>
      }
    >
      {rows.length ? (
        <FollowUpTable rows={rows} caption={t("mine")} variant="plain" />
      ) : (
        <p className="px-4 py-3 text-sm text-slate-600">{t("nothingDue")}</p>
      )}
    </Panel>
  );
}
