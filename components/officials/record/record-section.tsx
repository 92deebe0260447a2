/** A titled panel of the record page; `id` ties the heading to the region for screen readers. */
export function RecordSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white">
      <h2 id={id} className="border-b border-slate-200 px-4 py-3 font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
