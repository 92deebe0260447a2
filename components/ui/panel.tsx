import type { ReactNode } from "react";

const TONES = {
  default: {
    frame: "border-slate-200",
    head: "border-slate-200",
    title: "text-slate-900",
    text: "text-slate-600",
  },
  danger: {
    frame: "border-red-200",
    head: "border-red-200 bg-red-50",
    title: "text-red-900",
    text: "text-red-900",
  },
} as const;

/**
 * Panel: a titled section of a page (a region named by its heading), with an optional description and actions
 * beside the title. The body is the caller's: a table sits flush, text brings its own padding.
 */
export function Panel({
  id,
  title,
  description,
  actions,
  level = 2,
  tone = "default",
  children,
}: {
  /** The heading's id; also the anchor a link can jump to (`#history-heading`). */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** h2 on a page, h3 inside a section that already has an h2. */
  level?: 2 | 3;
  /** danger: a list of what must be fixed before going on. */
  tone?: keyof typeof TONES;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  const colours = TONES[tone];
  return (
    <section aria-labelledby={id} className={`rounded-lg border bg-white ${colours.frame}`}>
      <div className={`flex flex-wrap items-center justify-between gap-3 border-b px-4 py-3 ${colours.head}`}>
        <div>
          <Heading id={id} className={`font-semibold ${colours.title}`}>
            {title}
          </Heading>
          {description ? <p className={`mt-1 text-sm ${colours.text}`}>{description}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
