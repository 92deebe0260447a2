import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RecordHistory } from "@/components/audit/record-history";
import { PostsByKind, type PostListItem } from "@/components/units/posts-by-kind";
import { PostureSummary } from "@/components/units/posture-summary";
import { SectionList } from "@/components/units/section-list";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { todayFor } from "@/lib/dates/today";
import { getUnitPosture } from "@/lib/units/posture-queries";
import { findUnitInScope, listPostsWithHolders, listSections } from "@/lib/units/queries";
import { TIME_ZONE_NAMES } from "@/lib/units/unit-options";
import { toTreeRows } from "@/lib/units/tree";

function parseCursor(value: string | string[] | undefined): bigint | undefined {
  return typeof value === "string" && /^\d{1,18}$/.test(value) ? BigInt(value) : undefined;
}

const linkButton =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100";

export default async function UnitPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("unit.view");
  const { code } = await params;
  const unit = await findUnitInScope(user, code);
  if (!unit) notFound();
  const before = parseCursor((await searchParams).riwayat);
  const [t, tl, posture, sections, posts] = await Promise.all([
    getTranslations("units"),
    getTranslations("levels"),
    getUnitPosture(user, unit.id),
    listSections(unit.id),
    listPostsWithHolders(unit.id, todayFor(user)),
  ]);
  const sectionTree = toTreeRows(sections);
  const manage = can(user, "unit.manage", { unitId: unit.id });
  const base = `/satuan-kerja/${unit.code}`;
  // Editing the unit and adding to it are links beside a title, shown only to those who may manage the unit.
  const manageLink = (href: string, label: string) =>
    manage ? (
      <Link href={href} className={linkButton}>
        {label}
      </Link>
    ) : undefined;
  const sectionNames = new Map(
    sections.map((section) => [section.id, `${t(`sectionKinds.${section.kind}`)} ${section.name}`]),
  );
  const postItems: PostListItem[] = posts.map((post) => ({
    id: post.id,
    title: post.title,
    kind: post.kind,
    quota: post.quota,
    sectionName: post.sectionId ? (sectionNames.get(post.sectionId) ?? null) : null,
    holders: post.assignments.map((a) => ({
      assignmentId: a.id,
      officialId: a.official.id,
      officialName: a.official.name,
      since: a.startDate,
    })),
  }));

  const zoneLabel = (zone: string) =>
    zone in TIME_ZONE_NAMES ? t(`timeZones.${TIME_ZONE_NAMES[zone as keyof typeof TIME_ZONE_NAMES]}`) : zone;
  return (
    <>
      <PageHeader
        title={unit.name}
        intro={`${tl(unit.level)} · ${t("code")} ${unit.code}${unit.parent ? ` · ${t("parent")}: ${unit.parent.name}` : ""} · ${t("timeZone")}: ${zoneLabel(unit.timeZone)}`}
        actions={manageLink(`${base}/ubah`, t("editUnit"))}
      />
      <section aria-labelledby="posture-heading">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="posture-heading" className="font-semibold">
            {t("posture.summaryHeading")}
          </h2>
          {user.scopeUnitIds.size > 1 ? (
            <Link href="/satuan-kerja/posisi-sdm" className="text-sm text-brand-700 underline">
              {t("postureLink")}
            </Link>
          ) : null}
        </div>
        {posture ? <PostureSummary posture={posture} sectionTree={sectionTree} /> : null}
      </section>
      <div className="mt-8 space-y-8">
        <Panel
          id="sections-heading"
          title={t("sections")}
          actions={manageLink(`${base}/bagian/baru`, t("addSection"))}
        >
          <SectionList rows={sectionTree} editHref={manage ? (id) => `${base}/bagian/${id}` : undefined} />
        </Panel>
        <Panel
          id="posts-heading"
          title={t("positions")}
          actions={manageLink(`${base}/jabatan/baru`, t("addPost"))}
        >
          <PostsByKind posts={postItems} editHref={manage ? (id) => `${base}/jabatan/${id}` : undefined} />
        </Panel>
        <RecordHistory
          user={user}
          records={{ entityType: ["WorkUnit", "Section", "Position"], unitId: unit.id }}
          before={before}
          newestHref={`${base}#record-history-heading`}
          olderHref={(next) => `${base}?riwayat=${next}#record-history-heading`}
          trailHref={`/audit?module=satuan-kerja&q=${encodeURIComponent(unit.code)}`}
        />
      </div>
    </>
  );
}
