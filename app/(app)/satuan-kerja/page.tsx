import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { listIsRolledUp, listUnitsForList } from "@/lib/units/list-queries";
import { toTreeRows } from "@/lib/units/tree";
import { parseProvinceParam } from "@/lib/units/posture-view";
import { TreeLabel } from "@/components/units/tree-label";

/**
 * The unit tree of the user's scope: a province with its regencies and cities indented below it. At national
 * scope the provinces come folded; `?provinsi=<code>` unfolds one of them (decision 021).
 */
export default async function UnitsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("unit.view");
  const raw = (await searchParams).provinsi;
  // The posture page's reading of `?provinsi=`; here a code that names no province simply opens nothing.
  const expanded = parseProvinceParam(raw) ?? undefined;
  const rolledUp = listIsRolledUp(user);
  const [t, tl, units] = await Promise.all([
    getTranslations("units"),
    getTranslations("levels"),
    listUnitsForList(user, rolledUp ? expanded : undefined),
  ]);
  const rows = toTreeRows(units);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(user, "unit.manage") ? (
            <Link
              href="/satuan-kerja/baru"
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("addUnit")}
            </Link>
          ) : undefined
        }
      />
      {/* Comparing units side by side means nothing to a unit that sees only itself. */}
      {user.scopeUnitIds.size > 1 ? (
        <Link
          href="/satuan-kerja/posisi-sdm"
          className="mb-6 block rounded-lg border-2 border-brand-600 bg-white p-4 shadow-sm hover:bg-slate-50"
        >
          <span className="text-lg font-semibold text-brand-700">{t("postureLink")} →</span>
          <span className="mt-1 block text-sm text-slate-600">{t("postureLinkHint")}</span>
        </Link>
      ) : null}
      <DataTable
        caption={t("tree")}
        captionHidden
        rows={rows}
        rowKey={({ item }) => item.id}
        rowHeader
        columns={[
          {
            key: "name",
            header: t("name"),
            cell: ({ item: unit, depth }) => (
              <TreeLabel depth={depth}>
                <Link
                  href={`/satuan-kerja/${unit.code}`}
                  className={`text-brand-700 hover:underline ${depth === 0 ? "font-semibold" : "font-medium"}`}
                >
                  {unit.name}
                </Link>
              </TreeLabel>
            ),
          },
          { key: "code", header: t("code"), cellClassName: "tabular-nums", cell: ({ item }) => item.code },
          { key: "level", header: t("level"), cell: ({ item }) => tl(item.level) },
          ...(rolledUp
            ? [
                {
                  key: "below",
                  header: t("regencies"),
                  cell: ({ item }: { item: (typeof units)[number] }) =>
                    item.level === "PROVINCE" && item._count.children > 0 ? (
                      <Link
                        href={
                          item.code === expanded
                            ? "/satuan-kerja"
                            : `/satuan-kerja?provinsi=${encodeURIComponent(item.code)}`
                        }
                        className="text-brand-700 hover:underline"
                      >
                        {t(item.code === expanded ? "foldRegencies" : "showRegencies", {
                          count: item._count.children,
                          name: item.shortName,
                        })}
                      </Link>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
