import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { findUnitInScope, listSectionsWithPosts } from "@/lib/units/queries";

export default async function UnitPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requirePermission("unit.view");
  const { code } = await params;
  const unit = await findUnitInScope(user, code);
  if (!unit) notFound();
  const [t, tl, format, posts] = await Promise.all([
    getTranslations("units"),
    getTranslations("levels"),
    getFormatter(),
    listSectionsWithPosts(user, unit.id),
  ]);
  return (
    <>
      <PageHeader
        title={unit.name}
        intro={`${tl(unit.level)} · ${t("code")} ${unit.code}${unit.parent ? ` · ${t("parent")}: ${unit.parent.name}` : ""}`}
      />
      <section aria-labelledby="posts-heading" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="posts-heading" className="border-b border-slate-200 px-4 py-3 font-semibold">
          {t("positions")}
        </h2>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">{t("positions")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("sections")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("holder")}</th>
              <th scope="col" className="px-4 py-2 font-medium">{t("since")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {posts.map((post) =>
              post.assignments.length === 0 ? (
                <tr key={post.id} className="bg-amber-50">
                  <td className="px-4 py-2">{post.title}</td>
                  <td className="px-4 py-2 text-slate-600">{post.section?.name ?? "—"}</td>
                  <td className="px-4 py-2 font-medium text-amber-800">{t("vacant")}</td>
                  <td className="px-4 py-2">—</td>
                </tr>
              ) : (
                post.assignments.map((assignment, index) => (
                  <tr key={`${post.id}-${index}`}>
                    <td className="px-4 py-2">{post.title}</td>
                    <td className="px-4 py-2 text-slate-600">{post.section?.name ?? "—"}</td>
                    <td className="px-4 py-2">{assignment.official.name}</td>
                    <td className="px-4 py-2 tabular-nums">
                      {format.dateTime(assignment.startDate, { dateStyle: "medium", timeZone: "UTC" })}
                    </td>
                  </tr>
                ))
              ),
            )}
          </tbody>
        </table>
      </section>
    </>
  );
}
