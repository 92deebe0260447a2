import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { FollowUpTable } from "@/components/follow-ups/follow-up-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { BOARD_FILTERS, listFollowUps, type BoardFilter } from "@/lib/follow-ups/queries";

export const dynamic = "force-dynamic";

/** Papan tindak lanjut: the follow-ups of the user's scope, filtered, by due date. */
export default async function FollowUpsPage({
  searchParams,
}: {
  searchParams: Promise<{ filter?: string }>;
}) {
  const user = await requirePermission("followUp.view");
  const requested = (await searchParams).filter;
  const fallback: BoardFilter = user.unit.level === "NATIONAL" ? "attention" : "all";
  const filter = BOARD_FILTERS.find((name) => name === requested) ?? fallback;
  const [t, { rows, total }] = await Promise.all([getTranslations("followUps"), listFollowUps(user, filter)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <a
            href={`/tindak-lanjut/ekspor?filter=${filter}`}
            download
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            {t("export")}
          </a>
        }
      />
      <nav aria-label={t("filter")} className="mb-4 flex flex-wrap gap-2">
        {BOARD_FILTERS.map((name) => (
          <Link
            key={name}
            href={`/tindak-lanjut?filter=${name}`}
            aria-current={name === filter ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t(`filters.${name}`)}
          </Link>
        ))}
      </nav>
      <FollowUpTable rows={rows} caption={`${t("list")} (${total})`} />
    </>
  );
}
