import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { Panel } from "@/components/ui/panel";
import { decisionQueue, listOpenProposalsOfUnit } from "@/lib/appointments/queries";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { nextInauguration } from "@/lib/inaugurations/queries";
import { ProposalsTable } from "./proposals-table";

const SHOWN = 5;
const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/**
 * Beranda: for those who decide, the proposals waiting for them (oldest first) and the next ceremony; for a
 * proposing unit, its own proposals still under way.
 */
export async function AppointmentsHomePanel({ user }: { user: CurrentUser }) {
  if (!can(user, "appointment.view")) return null;
  const decides = can(user, "appointment.approve");
  const [t, ti, format, { rows: waiting, total: waitingCount }, ceremony, own] = await Promise.all([
    getTranslations("appointments"),
    getTranslations("inaugurations"),
    getFormatter(),
    decides ? decisionQueue(user, {}, { pageSize: SHOWN }) : Promise.resolve({ rows: [], total: 0 }),
    can(user, "inauguration.view") ? nextInauguration(user) : Promise.resolve(null),
    !decides && can(user, "appointment.propose") ? listOpenProposalsOfUnit(user) : Promise.resolve([]),
  ]);
  return (
    <>
      {decides ? (
        <Panel
          id="home-queue-heading"
          title={t("queueTitle")}
          description={t("queueCount", { count: waitingCount })}
          actions={
            waiting.length > 0 ? (
              <Link href="/pelantikan/antrean" className={LINK}>
                {t("openQueue")}
              </Link>
            ) : undefined
          }
        >
          {waiting.length > 0 ? <ProposalsTable rows={waiting} caption={t("queueTitle")} /> : null}
        </Panel>
      ) : null}
      {!decides && can(user, "appointment.propose") ? (
        <Panel
          id="home-proposals-heading"
          title={t("home.openProposals")}
          actions={
            <Link href="/pelantikan/usulan/baru" className={LINK}>
              {t("newProposal")}
            </Link>
          }
        >
          <ProposalsTable rows={own} caption={t("home.openProposals")} />
        </Panel>
      ) : null}
      {ceremony ? (
        <Panel id="home-ceremony-heading" title={t("home.nextCeremony")}>
          <p className="px-4 py-3 text-sm">
            <Link
              href={`/pelantikan/upacara/${ceremony.id}`}
              className="font-medium text-brand-700 underline"
            >
              {ceremony.title}
            </Link>{" "}
            · {format.dateTime(ceremony.scheduledAt, { dateStyle: "full", timeStyle: "short" })} ·{" "}
            {ti("columns.appointees")}: {ceremony._count.appointees}
          </p>
        </Panel>
      ) : null}
    </>
  );
}
