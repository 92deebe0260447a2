import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { countUnread } from "@/lib/notifications/queries";

/** The header's link to the notification list, with the unread count. */
export async function UnreadLink({ userId }: { userId: string }) {
  const [t, count] = await Promise.all([getTranslations("notifications"), countUnread({ id: userId })]);
  return (
    <Link
      href="/notifikasi"
      className="rounded-md px-2 py-1 text-sm hover:bg-brand-600"
      aria-label={t("unread", { count })}
    >
      {t("title")}
      {count > 0 ? (
        <span className="ml-1 rounded-full bg-white px-2 text-xs font-semibold text-brand-700">{count}</span>
      ) : null}
    </Link>
  );
}
