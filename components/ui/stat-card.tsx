import Link from "@/components/ui/link";

/**
 * One statistic as a term and its value, for use inside a `<dl>`. With `href` the label is the link and the whole
 * card answers to a click (a stretched link), so the list stays a valid definition list.
 */
export function StatCard({ label, value, href }: { label: string; value: number; href?: string }) {
  return (
    <div
      className={`relative rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${
        href ? "focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-600" : ""
      }`}
    >
      <dt className="text-sm text-slate-600">
        {href ? (
          <Link href={href} className="after:absolute after:inset-0 focus:outline-none">
            {label}
          </Link>
        ) : (
          label
        )}
      </dt>
      <dd className="mt-1 text-3xl font-semibold text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}
