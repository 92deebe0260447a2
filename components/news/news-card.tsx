import Link from "@/components/ui/link";

/** One item on the news page: its first photo, title, unit and date, and the opening of its text. */
export function NewsCard({
  href,
  title,
  excerpt,
  meta,
  photoSrc,
  badge,
}: {
  href: string;
  title: string;
  excerpt: string;
  meta: string;
  photoSrc: string | null;
  badge?: string;
}) {
  return (
    <article className="flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white">
      {photoSrc ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by a scoped route, not optimisable
        <img src={photoSrc} alt="" className="aspect-video w-full object-cover" />
      ) : null}
      <div className="flex flex-1 flex-col gap-2 p-4">
        {badge ? (
          <span className="self-start rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
            {badge}
          </span>
        ) : null}
        <h3 className="font-semibold text-slate-900">
          <Link href={href} className="hover:underline">
            {title}
          </Link>
        </h3>
        <p className="text-xs text-slate-600">{meta}</p>
        <p className="line-clamp-3 text-sm text-slate-700">{excerpt}</p>
      </div>
    </article>
  );
}

/** The opening of an item's text for its card: the lead paragraph, cut at a word. */
export function excerptOf(body: string, max = 240): string {
  const lead = body.split(/\n\s*\n/)[0] ?? "";
  if (lead.length <= max) return lead;
  return `${lead.slice(0, lead.lastIndexOf(" ", max))}…`;
}
