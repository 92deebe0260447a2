import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { TransitionForm } from "@/components/follow-ups/transition-form";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db/client";
import { newsTransitionAction } from "@/lib/news/actions";
import { newsPhotoSrc, sourcePage } from "@/lib/news/load-facts";
import { getNewsItem, relatedNews } from "@/lib/news/queries";
import { recordRead } from "@/lib/news/reads";
import { canEditNews } from "@/lib/news/visibility";
import { newsWorkflow } from "@/lib/news/workflow";
import { availableTransitions } from "@/lib/workflow/available";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/** One news item: title, author and date, text, photos, readers (one per person) and related news. */
export default async function NewsItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("news.view");
  const { id } = await params;
  const item = await getNewsItem(user, id);
  if (!item) notFound();
  const published = item.status === "PUBLISHED";
  const [t, tw, format, readers, related] = await Promise.all([
    getTranslations("news"),
    getTranslations("workflow"),
    getFormatter(),
    // Opening a published item counts its reader once; drafts count nobody.
    published ? recordRead(prisma, item.id, user.id) : Promise.resolve(0),
    published ? relatedNews(user, item) : Promise.resolve([]),
  ]);
  const zone = item.unit.timeZone;
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "full", timeStyle: "short", timeZone: zone });
  const steps = availableTransitions(newsWorkflow, user, item);
  const editable = canEditNews(user, item);
  return (
    <>
      <PageHeader
        title={item.title}
        intro={t("byline", { author: item.author.displayName, unit: item.unit.name })}
        actions={
          <>
            <Link href="/berita" className={LINK}>
              {t("back")}
            </Link>
            {editable ? (
              <Link href={`/berita/${item.id}/ubah`} className={LINK}>
                {t("edit")}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <article className="space-y-4 lg:col-span-2">
          <p className="flex flex-wrap gap-x-4 text-sm text-slate-600">
            <span>
              {published && item.publishedAt
                ? t("publishedOn", { when: when(item.publishedAt) })
                : `${tw(`states.${item.status}`)} · ${t("draftedOn", { when: when(item.createdAt) })}`}
            </span>
            {published ? <span data-testid="news-readers">{t("readers", { count: readers })}</span> : null}
          </p>
          {item.photos.length > 0 ? (
            <div className="grid gap-3 sm:grid-cols-2" role="group" aria-label={t("photos")}>
              {item.photos.map((photo) => (
                // eslint-disable-next-line @next/next/no-img-element -- served by a scoped route, not optimisable
                <img
                  key={photo.attachmentId}
                  src={newsPhotoSrc(item.id, photo.attachmentId)}
                  alt={t("photoAlt", { title: item.title })}
                  className="w-full rounded-md object-cover"
                />
              ))}
            </div>
          ) : null}
          <div className="space-y-3 text-slate-800">
            {item.body.split(/\n\s*\n/).map((paragraph, index) => (
              <p key={index} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
          {user.scopeUnitIds.has(item.unitId) ? (
            <p className="text-sm">
              <Link href={sourcePage(item.sourceKind, item.sourceId)} className="text-sky-800 underline">
                {t("source")}
              </Link>
            </p>
          ) : null}
        </article>
        <aside className="space-y-4">
          {!published || steps.length > 0 ? (
            <Panel
              id="steps-heading"
              title={t("steps")}
              description={`${t("status")}: ${tw(`states.${item.status}`)}`}
            >
              <div className="space-y-3 p-4">
                {item.reviewNote ? (
                  <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                    <strong>{t("reviewNote")}:</strong> {item.reviewNote}
                  </p>
                ) : null}
                {steps.map((name) => (
                  <TransitionForm
                    key={name}
                    action={newsTransitionAction}
                    record={item}
                    name={name}
                    reason={newsWorkflow.transitions[name].reason}
                    reasonLabel={t("reviewNote")}
                  />
                ))}
              </div>
            </Panel>
          ) : null}
          {published ? (
            <Panel id="related-heading" title={t("related")}>
              {related.length === 0 ? (
                <p className="p-4 text-sm text-slate-600">{t("noRelated")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {related.map((row) => (
                    <li key={row.id} className="px-4 py-2 text-sm">
                      <Link href={`/berita/${row.id}`} className="font-medium text-sky-800 hover:underline">
                        {row.title}
                      </Link>
                      {row.publishedAt ? (
                        <span className="block text-xs text-slate-600">
                          {format.dateTime(row.publishedAt, { dateStyle: "long", timeZone: zone })}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
          ) : null}
        </aside>
      </div>
    </>
  );
}
