import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import type { NewsSourceKind } from "@/lib/generated/prisma/enums";
import { DraftNewsButton } from "./draft-news-button";

/**
 * The "Buat berita" action of an activity's page: shown to those who write their unit's news, once the activity
 * has taken place (the server checks both again).
 */
export function DraftNewsAction({
  user,
  sourceKind,
  sourceId,
  held,
}: {
  user: CurrentUser;
  sourceKind: NewsSourceKind;
  sourceId: string;
  held: boolean;
}) {
  if (!held || !can(user, "news.manage")) return null;
  return <DraftNewsButton sourceKind={sourceKind} sourceId={sourceId} />;
}
