import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DueFollowUpsPanel } from "@/components/follow-ups/due-follow-ups-panel";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requireUser } from "@/lib/auth/current-user";
import { dueFollowUps } from "@/lib/follow-ups/queries";
import { listNotifications } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

/**
 * Pemberitahuan: what is due within 7 days or late (computed when read), then what was assigned, returned,
 * escalated to the user or verified, newest first.
 */
export default async function NotificationsPage() {
  const user = await requireUser();
  const [t, format, rows, due] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    listNotifications(user),
    dueFollowUps(user),
  ]);
  return (
    <>
      <PageHeader title={t("title")} />
      <DueFollowUpsPanel id="notifications-due-heading" rows={due} />
      <Panel id="notifications-heading" title={t("title")}>
        {rows.length === 0 ? <p className="p-4 text-sm text-slate-600">{t("empty")}</p> : null}
        <ul className="divide-y divide-slate-100">
          {rows.map((row) => (
            <li key={row.id} className="px-4 py-3 text-sm">
              {row.readAt ? null : (
                <span className="mr-2 rounded bg-amber-100 px-2 text-xs text-amber-900">{t("new")}</span>
              )}
              <Link href={row.link} className="font-medium text-brand-700 underline">
                {t(`kinds.${row.kind}`)}: {row.subject}
              </Link>
              <span className="block text-slate-500">
                {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </span>
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}
