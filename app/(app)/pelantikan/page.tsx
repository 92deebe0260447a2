import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { ProposalsTable } from "@/components/appointments/proposals-table";
import { StatusBadge } from "@/components/appointments/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Panel } from "@/components/ui/panel";
import { countWaiting, listProposals, PROPOSALS_PAGE_SIZE } from "@/lib/appointments/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { ProposalStatus } from "@/lib/generated/prisma/enums";
import { CEREMONIES_PAGE_SIZE, listInaugurations } from "@/lib/inaugurations/queries";
import { pageParam } from "@/lib/validations/search-params";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/** Pelantikan: what waits for the user's decision, the proposals of their scope, and the ceremonies. */
export default async function InaugurationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("appointment.view");
  const params = await searchParams;
  const status = (Object.values(ProposalStatus) as string[]).includes(String(params.status))
    ? (params.status as ProposalStatus)
    : undefined;
  const page = pageParam.parse(params.page);
  const ceremoniesPage = pageParam.parse(params.ceremoniesPage);
  const decides = can(user, "appointment.approve");
  const [t, ti, states, format, proposals, ceremonies, waiting] = await Promise.all([
    getTranslations("appointments"),
    getTranslations("inaugurations"),
    getTranslations("workflow.states"),
    getFormatter(),
    listProposals(user, { status, page }),
    listInaugurations(user, ceremoniesPage),
    decides ? countWaiting(user) : Promise.resolve(0),
  ]);
  const pages = Math.max(1, Math.ceil(proposals.total / PROPOSALS_PAGE_SIZE));
  const ceremonyPages = Math.max(1, Math.ceil(ceremonies.total / CEREMONIES_PAGE_SIZE));
  // Each list keeps its page while the other one is paged or filtered.
  const href = (next: { status?: string; page?: number; ceremoniesPage?: number }) => {
    const query = new URLSearchParams();
    if (next.status) query.set("status", next.status);
    if (next.page && next.page > 1) query.set("page", String(next.page));
    if (next.ceremoniesPage && next.ceremoniesPage > 1)
      query.set("ceremoniesPage", String(next.ceremoniesPage));
    return `/pelantikan${query.size ? `?${query}` : ""}`;
  };
  // A page past the end (a shared link after deletions, a typed number) opens the last one, not an empty list.
  if (page > pages || ceremoniesPage > ceremonyPages)
    redirect(
      href({ status, page: Math.min(page, pages), ceremoniesPage: Math.min(ceremoniesPage, ceremonyPages) }),
    );
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <>
            {can(user, "appointment.propose") ? (
              <Link href="/pelantikan/usulan/baru" className={LINK}>
                {t("newProposal")}
              </Link>
            ) : null}
            {can(user, "inauguration.manage") ? (
              <Link href="/pelantikan/upacara/baru" className={LINK}>
                {ti("schedule")}
              </Link>
            ) : null}
            {decides ? (
              <Link href="/pelantikan/plh" className={LINK}>
                {t("acting.link")}
              </Link>
            ) : null}
            {can(user, "appointment.configure") ? (
              <Link href="/pelantikan/pengaturan" className={LINK}>
                {t("settings")}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="space-y-6">
        {decides ? (
          <Panel
            id="queue-heading"
            title={t("queueTitle")}
            actions={
              waiting > 0 ? (
                <Link href="/pelantikan/antrean" className={LINK}>
                  {t("openQueue")}
                </Link>
              ) : undefined
            }
          >
            <p className="px-4 py-3 text-sm text-slate-700">{t("queueCount", { count: waiting })}</p>
          </Panel>
        ) : null}
        <Panel id="proposals-heading" title={t("proposals")}>
          <nav
            aria-label={t("filterStatus")}
            className="flex flex-wrap gap-2 border-b border-slate-200 px-4 py-2 text-sm"
          >
            {[undefined, ...Object.values(ProposalStatus)].map((value) => (
              <Link
                key={value ?? "all"}
                href={href({ status: value, ceremoniesPage })}
                aria-current={value === status ? "page" : undefined}
                className={`rounded px-2 py-1 ${value === status ? "bg-brand-600 text-white" : "hover:bg-slate-100"}`}
              >
                {value ? states(value) : t("allStatuses")}
              </Link>
            ))}
          </nav>
          <ProposalsTable rows={proposals.rows} />
          {pages > 1 ? (
            <div className="px-4 pb-3">
              <Pagination
                label={t("pagination")}
                page={page}
                pageCount={pages}
                href={(next) => href({ status, page: next, ceremoniesPage })}
              />
            </div>
          ) : null}
        </Panel>
        <Panel id="ceremonies-heading" title={ti("title")}>
          <DataTable
            variant="plain"
            caption={ti("title")}
            captionHidden
            rowHeader
            rows={ceremonies.rows}
            rowKey={(row) => row.id}
            empty={ti("none")}
            columns={[
              {
                key: "title",
                header: ti("columns.title"),
                cell: (row) => (
                  <Link href={`/pelantikan/upacara/${row.id}`} className="text-brand-700 underline">
                    {row.title}
                  </Link>
                ),
              },
              {
                key: "when",
                header: ti("columns.when"),
                cell: (row) => format.dateTime(row.scheduledAt, { dateStyle: "full", timeStyle: "short" }),
              },
              { key: "mode", header: ti("columns.mode"), cell: (row) => ti(`modes.${row.mode}`) },
              {
                key: "count",
                header: ti("columns.appointees"),
                align: "right",
                cell: (row) => row._count.appointees,
              },
              {
                key: "status",
                header: ti("columns.status"),
                cell: (row) => <StatusBadge status={row.status} />,
              },
            ]}
          />
          {ceremonyPages > 1 ? (
            <div className="px-4 pb-3">
              <Pagination
                label={ti("pagination")}
                page={ceremoniesPage}
                pageCount={ceremonyPages}
                href={(next) => href({ status, page, ceremoniesPage: next })}
              />
            </div>
          ) : null}
        </Panel>
      </div>
    </>
  );
}
