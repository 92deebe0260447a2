import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NewsForm } from "@/components/news/news-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db/client";
import { newsPhotoSrc, photoCandidates, photoOwnerOf } from "@/lib/news/load-facts";
import { getNewsItem } from "@/lib/news/queries";
import { canEditNews } from "@/lib/news/visibility";

/** Ubah berita: the author edits the draft; once submitted, the reviewing secretary may correct it. */
export default async function EditNewsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("news.manage");
  const { id } = await params;
  const item = await getNewsItem(user, id);
  if (!item || !canEditNews(user, item)) notFound();
  const [t, owner] = await Promise.all([
    getTranslations("news"),
    photoOwnerOf(prisma, item.sourceKind, item.sourceId),
  ]);
  const candidates = await photoCandidates(prisma, owner);
  return (
    <>
      <PageHeader title={t("edit")} intro={item.title} />
      <NewsForm
        item={{
          id: item.id,
          version: item.version,
          title: item.title,
          body: item.body,
          photoIds: item.photos.map((photo) => photo.attachmentId),
        }}
        candidates={candidates.map((photo) => ({ ...photo, src: newsPhotoSrc(item.id, photo.id) }))}
      />
    </>
  );
}
