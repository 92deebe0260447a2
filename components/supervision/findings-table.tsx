import { useTranslations } from "next-intl";
import Link from "@/components/ui/link";
import { DataTable } from "@/components/ui/data-table";
import { followUpLink } from "@/lib/follow-ups/links";
import type { VisitDetail } from "@/lib/supervision/queries";
import { RemoveFindingButton } from "./remove-finding-button";

type Finding = NonNullable<VisitDetail["report"]>["findings"][number];

/** Temuan dan permohonan: area, severity, what was found, the recommendation, and the follow-up once accepted. */
export function FindingsTable({ findings, editable }: { findings: Finding[]; editable: boolean }) {
  const t = useTranslations("supervision");
  const workflow = useTranslations("workflow");
  return (
    <DataTable
      variant="plain"
      caption={t("findings")}
      captionHidden
      rows={findings}
      rowKey={(row) => row.id}
      empty={t("noFindings")}
      columns={[
        { key: "kind", header: t("fields.kind"), cell: (row) => t(`kinds.${row.kind}`) },
        { key: "area", header: t("fields.area"), cell: (row) => t(`areas.${row.area}`) },
        { key: "severity", header: t("fields.severity"), cell: (row) => t(`severities.${row.severity}`) },
        {
          key: "description",
          header: t("fields.description"),
          cell: (row) => <span className="whitespace-pre-line">{row.description}</span>,
        },
        {
          key: "recommendation",
          header: t("fields.recommendation"),
          cell: (row) => <span className="whitespace-pre-line">{row.recommendation ?? "—"}</span>,
        },
        {
          key: "owner",
          header: t("fields.ownerOfficialId"),
          cell: (row) => row.owner?.name ?? (row.kind === "FINDING" ? t("ownerDefault") : "—"),
        },
        editable
          ? {
              key: "remove",
              header: t("removeFinding"),
              headerHidden: true,
              cell: (row) => <RemoveFindingButton id={row.id} />,
            }
          : {
              key: "followUp",
              header: t("followUp"),
              cell: (row) =>
                row.followUps.map((followUp) => (
                  <Link
                    key={followUp.id}
                    href={followUpLink(followUp.id)}
                    className="text-brand-700 underline"
                  >
                    {workflow(`states.${followUp.status}`)}
                  </Link>
                )),
            },
      ]}
    />
  );
}
