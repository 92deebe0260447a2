import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { PositionKind } from "@/lib/generated/prisma/enums";

export interface PostListItem {
  id: string;
  title: string;
  kind: PositionKind;
  quota: number;
  sectionName: string | null;
  holders: { assignmentId: string; officialId: string; officialName: string; since: Date }[];
}

const KIND_ORDER: PositionKind[] = ["STRUCTURAL", "FUNCTIONAL", "EXECUTOR", "SUPPORT"];

function PostRows({ post, editHref }: { post: PostListItem; editHref?: (id: string) => string }) {
  const t = useTranslations("units");
  const format = useFormatter();
  const open = Math.max(0, post.quota - post.holders.length);
  const rowCount = post.holders.length + (open > 0 ? 1 : 0);
  const title = (
    <th scope="rowgroup" rowSpan={rowCount} className="px-4 py-2 text-left align-top font-medium">
      {post.title}
      {post.sectionName ? (
        <span className="block text-xs font-normal text-slate-500">
          {t("withinSection", { name: post.sectionName })}
        </span>
      ) : null}
    </th>
  );
  const edit = editHref ? (
    <td rowSpan={rowCount} className="px-4 py-2 text-right align-top">
      <Link
        href={editHref(post.id)}
        className="text-brand-700 underline"
        aria-label={t("editLabel", { name: post.title })}
      >
        {t("edit")}
      </Link>
    </td>
  ) : null;
  return (
    <>
      {post.holders.map((holder, index) => (
        <tr key={holder.assignmentId}>
          {index === 0 ? title : null}
          <td className="px-4 py-2">
            <Link href={`/pegawai/${holder.officialId}`} className="text-brand-700 hover:underline">
              {holder.officialName}
            </Link>
          </td>
          <td className="px-4 py-2 tabular-nums">
            {format.dateTime(holder.since, { dateStyle: "medium", timeZone: "UTC" })}
          </td>
          {index === 0 ? edit : null}
        </tr>
      ))}
      {open > 0 ? (
        <tr className="bg-amber-50">
          {post.holders.length === 0 ? title : null}
          <td className="px-4 py-2 font-medium text-amber-900" colSpan={2}>
            <span aria-hidden="true">⚠ </span>
            {post.quota > 1 ? t("vacantSeats", { count: open, quota: post.quota }) : t("vacant")}
          </td>
          {post.holders.length === 0 ? edit : null}
        </tr>
      ) : null}
    </>
  );
}

/** The unit's posts grouped by kind (struktural, fungsional, pelaksana, pendukung), who holds each and since when. */
export function PostsByKind({
  posts,
  editHref,
}: {
  posts: PostListItem[];
  editHref?: (id: string) => string;
}) {
  const t = useTranslations("units");
  if (posts.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("noPosts")}</p>;
  return (
    <div className="divide-y divide-slate-200">
      {KIND_ORDER.map((kind) => {
        const group = posts.filter((post) => post.kind === kind);
        if (group.length === 0) return null;
        return (
          <table key={kind} className="min-w-full table-fixed text-sm">
            <caption className="bg-slate-50 px-4 py-2 text-left font-semibold text-slate-800">
              {t(`postKinds.${kind}`)} <span className="font-normal text-slate-500">({group.length})</span>
            </caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="w-5/12 px-4 py-2 font-medium">
                  {t("positions")}
                </th>
                <th scope="col" className="w-1/3 px-4 py-2 font-medium">
                  {t("holder")}
                </th>
                <th scope="col" className="w-1/6 px-4 py-2 font-medium">
                  {t("since")}
                </th>
                {editHref ? <td className="px-4 py-2" /> : null}
              </tr>
            </thead>
            {group.map((post) => (
              <tbody key={post.id} className="border-t border-slate-100">
                <PostRows post={post} editHref={editHref} />
              </tbody>
            ))}
          </table>
        );
      })}
    </div>
  );
}
