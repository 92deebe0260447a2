import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { AuditItem, AuditLine, AuditPart } from "@/lib/audit/describe";

function Values({ values }: { values: string[] }) {
  return values.length === 1 ? (
    <>{values[0]}</>
  ) : (
    <ul className="list-disc pl-5">
      {values.map((value, index) => (
        <li key={index}>{value}</li>
      ))}
    </ul>
  );
}

/** "Pangkat/golongan: III/a → III/b"; a creation shows the value set, a removal the value it had. */
function Line({ line }: { line: AuditLine }) {
  return (
    <div className="py-0.5">
      <dt className="inline font-medium text-slate-700">{line.label}: </dt>
      <dd className="inline">
        {line.before.length > 0 ? (
          <div className="inline text-slate-600">
            <Values values={line.before} />
          </div>
        ) : null}
        {line.before.length > 0 && line.after.length > 0 ? " → " : null}
        {line.after.length > 0 ? (
          <div className="inline">
            <Values values={line.after} />
          </div>
        ) : null}
      </dd>
    </div>
  );
}

function Part({ part }: { part: AuditPart }) {
  return (
    <div className="py-1">
      <p>
        <span className="font-medium">{part.action}</span>
        <span className="text-slate-500"> · {part.kind}</span>
        {part.subject ? (
          <>
            {" "}
            {part.subject.href ? (
              <Link href={part.subject.href} className="text-brand-700 underline">
                {part.subject.name}
              </Link>
            ) : (
              <span>{part.subject.name}</span>
            )}
          </>
        ) : null}
      </p>
      {part.lines.length > 0 ? (
        <dl className="mt-1 text-sm">
          {part.lines.map((line) => (
            <Line key={line.label} line={line} />
          ))}
        </dl>
      ) : null}
    </div>
  );
}

/**
 * Entries of the audit trail (jejak audit): when, who, and what each did, one entry per action, every record it
 * touched named and linked, every change as the forms show it. Used by the trail and by each record's history.
 */
export function AuditEntries({
  items,
  empty,
  variant = "framed",
  caption,
}: {
  items: AuditItem[];
  empty: string;
  variant?: "framed" | "plain";
  caption: string;
}) {
  const t = useTranslations("audit");
  return (
    <DataTable
      variant={variant}
      caption={caption}
      captionHidden
      rows={items}
      rowKey={(item) => item.id}
      empty={empty}
      columns={[
        {
          key: "at",
          header: t("at"),
          cellClassName: "whitespace-nowrap align-top",
          cell: (item) => item.when,
        },
        { key: "actor", header: t("actor"), cellClassName: "align-top", cell: (item) => item.actorName },
        {
          key: "changes",
          header: t("changes"),
          cellClassName: "align-top break-words",
          cell: (item) => item.parts.map((part, index) => <Part key={index} part={part} />),
        },
      ]}
    />
  );
}
