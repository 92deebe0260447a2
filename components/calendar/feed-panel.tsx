import { useFormatter, useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import { createFeedAction, replaceFeedAction, revokeFeedAction } from "@/lib/calendar/actions";
import { CopyAddress } from "./copy-address";
import { FeedButton } from "./feed-button";

/** The user's own calendar feed: its address to copy, or the button that makes one; replace and revoke. */
export function FeedPanel({ feed }: { feed: { address: string; createdAt: Date } | null }) {
  const t = useTranslations("calendar.feed");
  const format = useFormatter();
  return (
    <Panel id="feed-heading" title={t("title")} description={t("intro")}>
      <div className="space-y-4 p-4">
        {feed ? (
          <>
            <CopyAddress address={feed.address} />
            <p className="text-sm text-slate-700">
              {t("since", {
                date: format.dateTime(feed.createdAt, { dateStyle: "long", timeStyle: "short" }),
              })}{" "}
              {t("secret")}
            </p>
            <div className="flex flex-wrap gap-3">
              <FeedButton action={replaceFeedAction} label={t("replace")} variant="danger" />
              <FeedButton action={revokeFeedAction} label={t("revoke")} variant="danger" />
            </div>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("none")}</p>
            <FeedButton action={createFeedAction} label={t("create")} />
          </>
        )}
      </div>
    </Panel>
  );
}
