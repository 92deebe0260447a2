import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { QueueForm, type QueueItem } from "@/components/appointments/queue-form";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { isFinalStep } from "@/lib/appointments/level-rules";
import { decisionQueue, QUEUE_PAGE_SIZE, queueUnits } from "@/lib/appointments/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { PositionLevel } from "@/lib/generated/prisma/enums";
import { formatNip } from "@/lib/officials/nip";
import { rankLabel } from "@/lib/officials/ranks";
import { pageParam } from "@/lib/validations/search-params";

/** Antrean keputusan: what waits for the user's decision, oldest first, filtered by unit and post level, paged. */
export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("appointment.approve");
  const params = await searchParams;
  const unitId = typeof params.unit === "string" && params.unit ? params.unit : undefined;
  const level = (Object.values(PositionLevel) as string[]).includes(String(params.level))
    ? (params.level as PositionLevel)
    : undefined;
  const page = pageParam.parse(params.page);
  const [t, format, queue, units] = await Promise.all([
    getTranslations("appointments"),
    getFormatter(),
    decisionQueue(user, { unitId, level }, { page }),
    queueUnits(user, unitId),
  ]);
  const pages = Math.max(1, Math.ceil(queue.total / QUEUE_PAGE_SIZE));
  const href = (next: number) => {
    const query = new URLSearchParams();
    if (unitId) query.set("unit", unitId);
    if (level) query.set("level", level);
    if (next > 1) query.set("page", String(next));
    return `/pelantikan/antrean${query.size ? `?${query}` : ""}`;
  };
  // A page emptied by decisions taken meanwhile (or a typed number) opens the last one, not an empty queue.
  if (page > pages) redirect(href(pages));
  const items: QueueItem[] = queue.rows.map((row) => ({
    id: row.id,
    version: row.version,
    official: {
      id: row.official.id,
      name: row.official.name,
      nip: row.official.nip ? formatNip(row.official.nip) : "—",
      rank: row.official.rank ? rankLabel(row.official.rank) : "—",
      unit: row.official.unit.shortName,
      posts: row.official.assignments.map((held) => held.position.title).join("; ") || "—",
    },
    post: {
      title: row.position.title,
      level: t(`postLevels.${row.position.level}`),
      unit: row.unit.shortName,
      holder: row.position.assignments.map((held) => held.official.name).join(", ") || t("vacant"),
    },
    submitted: row.submittedAt
      ? format.dateTime(row.submittedAt, { dateStyle: "medium", timeStyle: "short" })
      : "—",
    step: isFinalStep(row) ? t("detail.decides") : t("detail.recommends"),
  }));
  return (
    <>
      <Link href="/pelantikan" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader title={t("queueTitle")} intro={t("queueIntro")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filter.apply")}>
        <SelectField
          label={t("fields.unit")}
          name="unit"
          defaultValue={unitId ?? ""}
          options={[
            { value: "", label: t("filter.allUnits") },
            ...units.map((unit) => ({
              value: unit.id,
              label: t("filter.unitWaiting", { unit: unit.shortName, count: unit.waiting }),
            })),
          ]}
        />
        <SelectField
          label={t("fields.level")}
          name="level"
          defaultValue={level ?? ""}
          options={[
            { value: "", label: t("filter.allLevels") },
            ...Object.values(PositionLevel).map((value) => ({ value, label: t(`postLevels.${value}`) })),
          ]}
        />
        <Button type="submit" variant="secondary">
          {t("filter.apply")}
        </Button>
      </form>
      <QueueForm items={items} />
      <Pagination
        label={t("queuePagination")}
        page={page}
        pageCount={pages}
        href={href}
        total={{ rows: queue.total, pageSize: QUEUE_PAGE_SIZE }}
      />
    </>
  );
}
