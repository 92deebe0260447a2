import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { countUnread } from "@/lib/notifications/queries";

/** The header's link to the notification list, with the unread count. */
export async function UnreadLink({ userId }: { userId: string }) {
  const [t, count] = await Promise.all([getTranslations("notifications"), countUnread({ id: userId })]);
  return (
    // The name starts with the visible word, so a voice command "click Pemberitahuan" finds it (WCAG 2.5.3).
    <Link href="/notifikasi" className="rounded-md px-2 py-1 text-sm hover:bg-brand-600">
      {t("title")}
      {count > 0 ? (
        <span
          aria-hidden="true"
          className="ml-1 rounded-full bg-white px-2 text-xs font-semibold text-brand-700"
        >
          {count}
        </span>
      ) : null}
      <span className="sr-only">: {t("unread", { count })}</span>
    </Link>
  );
}
