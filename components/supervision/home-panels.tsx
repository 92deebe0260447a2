import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { FollowUpTable } from "@/components/follow-ups/follow-up-table";
import { Panel } from "@/components/ui/panel";
import type { CurrentUser } from "@/lib/auth/types";
import { homeFollowUps } from "@/lib/follow-ups/queries";
import { upcomingVisitsToUnit } from "@/lib/supervision/queries";
import { DueFollowUpsPanel } from "@/components/follow-ups/due-follow-ups-panel";
import { VisitsTable } from "./visits-table";

/**
 * The home page's supervision work: visits coming to the user's unit, its follow-ups due within 7 days or late,
 * and (one level up) what was escalated to it or is late below it.
 */
export async function SupervisionHomePanels({ user }: { user: CurrentUser }) {
  const [t, tf, visits, followUps] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("followUps"),
    upcomingVisitsToUnit(user),
    homeFollowUps(user),
  ]);
  const hasUnitsBelow = user.unit.level !== "REGENCY_CITY";
  return (
    <>
      {visits.length || !hasUnitsBelow ? (
        <Panel
          id="home-visits-heading"
          title={t("upcoming")}
          actions={
            <Link href="/supervisi" className="text-sm text-brand-700 underline">
              {t("visits")}
            </Link>
          }
        >
          {visits.length ? (
            <VisitsTable rows={visits} caption={t("upcoming")} variant="plain" />
          ) : (
            <p className="px-4 py-3 text-sm text-slate-600">{t("noUpcoming")}</p>
          )}
        </Panel>
      ) : null}
      {followUps.attention.length || hasUnitsBelow ? (
        <Panel id="home-attention-heading" title={tf("attention")} description={tf("attentionHint")}>
          <FollowUpTable rows={followUps.attention} caption={tf("attention")} variant="plain" />
        </Panel>
      ) : null}
      <DueFollowUpsPanel id="home-due-heading" rows={followUps.due} />
    </>
  );
}
