import Link from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { PositionKind } from "@/lib/generated/prisma/enums";
import { editColumn } from "./edit-column";

export interface PostListItem {
  id: string;
  title: string;
  kind: PositionKind;
  quota: number;
  sectionName: string | null;
  holders: { assignmentId: string; officialId: string; officialName: string; since: Date }[];
}

const KIND_ORDER: PositionKind[] = ["STRUCTURAL", "FUNCTIONAL", "EXECUTOR", "SUPPORT"];

const openSeats = (post: PostListItem) => Math.max(0, post.quota - post.holders.length);

/** Who holds the post and since when, one line each, then its open seats in words (not colour alone). */
function Holders({ post }: { post: PostListItem }) {
  const t = useTranslations("units");
  const format = useFormatter();
  const open = openSeats(post);
  return (
    <ul className="space-y-1">
      {post.holders.map((holder) => (
        <li key={holder.assignmentId}>
          <Link
            href={`/pegawai/${holder.officialId}`}
            className="text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700"
          >
            {holder.officialName}
          </Link>{" "}
          <span className="text-xs whitespace-nowrap text-slate-500 tabular-nums">
            {t("holderSince", {
              date: format.dateTime(holder.since, { dateStyle: "medium", timeZone: "UTC" }),
            })}
          </span>
        </li>
      ))}
      {open > 0 ? (
        <li className="font-medium text-amber-900">
          <span aria-hidden="true">⚠ </span>
          {post.quota > 1 ? t("vacantSeats", { count: open, quota: post.quota }) : t("vacant")}
        </li>
      ) : null}
    </ul>
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
  const groups = KIND_ORDER.map((kind) => ({ kind, posts: posts.filter((post) => post.kind === kind) }));
  if (posts.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("noPosts")}</p>;
  return (
    <div className="divide-y divide-slate-200">
      {groups.map(({ kind, posts: group }) =>
        group.length === 0 ? null : (
          <DataTable
            key={kind}
            variant="plain"
            fixedLayout
            caption={
              <>
                <span className="font-semibold">{t(`postKinds.${kind}`)}</span>{" "}
                <span className="font-normal text-slate-500">({group.length})</span>
              </>
            }
            rows={group}
            rowKey={(post) => post.id}
            rowHeader
            rowClassName={(post) => (openSeats(post) > 0 ? "bg-amber-50" : undefined)}
            columns={[
              {
                key: "title",
                header: t("positions"),
                headerClassName: "w-5/12",
                cell: (post) => (
                  <>
                    {post.title}
                    {post.sectionName ? (
                      <span className="block text-xs font-normal text-slate-500">
                        {t("withinSection", { name: post.sectionName })}
                      </span>
                    ) : null}
                  </>
                ),
              },
              { key: "holders", header: t("holder"), cell: (post) => <Holders post={post} /> },
              ...editColumn<PostListItem>(t("edit"), editHref, (post) => ({ id: post.id, name: post.title })),
            ]}
          />
        ),
      )}
    </div>
  );
}
