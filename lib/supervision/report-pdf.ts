/**
 * Laporan supervisi as a printed document, in the shape secretariats file on paper: the visited unit's letterhead,
 * the visit's facts, the posture as frozen, each area's checklist and account, the points raised, the findings and
 * requests, and the signatures. Built from the same read as the visit's page.
 */
import "server-only";
import type { Content, TableCell } from "pdfmake/interfaces";
import type { CurrentUser } from "@/lib/auth/types";
import type { Translate } from "@/lib/i18n/translate";
import { gridTable } from "@/lib/pdf/grid-table";
import { officialDocument } from "@/lib/pdf/official-document";
import { longDate } from "@/lib/pdf/print-time";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { renderPdf } from "@/lib/pdf/render-pdf";
import type { StaffingPosture } from "@/lib/units/posture";
import { isoDate } from "@/lib/validations/input";
import { getVisit, type VisitDetail } from "./queries";

function table(widths: (string | number)[], header: string[] | null, rows: TableCell[][]): Content {
  const head = header ? [header.map((text): TableCell => ({ text, style: "tableHeader" }))] : [];
  return gridTable(widths, [...head, ...rows], { headerRows: head.length, margin: [0, 0, 0, 8] });
}

const heading = (text: string): Content => ({ text, bold: true, fontSize: 10, margin: [0, 6, 0, 4] });
const paragraph = (text: string | null | undefined): Content => ({
  text: text?.trim() || "—",
  margin: [0, 0, 0, 6],
});

function facts(visit: VisitDetail, t: Translate, when: (date: Date) => string): Content {
  const s = (key: string, values?: Record<string, string | number>) => t(`supervision.${key}`, values);
  const dates =
    visit.startDate.getTime() === visit.endDate.getTime()
      ? when(visit.startDate)
      : `${when(visit.startDate)} – ${when(visit.endDate)}`;
  const team = visit.team
    .map(({ official }, index) => `${index + 1}. ${official.name}${index === 0 ? ` (${s("teamLead")})` : ""}`)
    .join("\n");
  const rows: [string, string][] = [
    [s("fields.hostUnitId"), visit.hostUnit.name],
    [s("fields.visitor"), visit.visitorUnit.name],
    [s("fields.dates"), dates],
    [s("fields.location"), visit.location ?? "—"],
    [s("team"), team || "—"],
    [s("fields.purpose"), visit.purpose ?? "—"],
  ];
  return table(
    [130, "*"],
    null,
    rows.map(([label, value]) => [{ text: label, bold: true }, value]),
  );
}

function postureTable(posture: StaffingPosture | null, t: Translate): Content {
  if (!posture) return paragraph(null);
  const s = (key: string, values?: Record<string, string | number>) => t(`supervision.${key}`, values);
  const count = (value: { staff: number; quota: number }) => s("postureCount", value);
  return table([130, "*"], null, [
    [
      { text: s("postureStructural"), bold: true },
      posture.structural.complete
        ? s("postureComplete")
        : s("postureIncomplete", { vacant: posture.structural.vacant.length }),
    ],
    [{ text: s("postureAsn"), bold: true }, count(posture.asn)],
    [{ text: s("postureSupport"), bold: true }, count(posture.support)],
  ]);
}

function findingsTable(report: NonNullable<VisitDetail["report"]>, t: Translate): Content {
  const s = (key: string) => t(`supervision.${key}`);
  if (!report.findings.length) return paragraph(s("noFindings"));
  return table(
    [16, 60, 70, 40, "*", "*"],
    [
      s("fields.number"),
      s("fields.kind"),
      s("fields.area"),
      s("fields.severity"),
      s("fields.description"),
      s("fields.recommendation"),
    ],
    report.findings.map((finding, index) => [
      String(index + 1),
      s(`kinds.${finding.kind}`),
      s(`areas.${finding.area}`),
      s(`severities.${finding.severity}`),
      finding.description,
      finding.recommendation ?? "—",
    ]),
  );
}

/** Two signature blocks: the visited unit's secretary who filed it, and the lead of the visiting team. */
function signatures(visit: VisitDetail, t: Translate, filedOn: string): Content {
  const s = (key: string, values?: Record<string, string>) => t(`supervision.pdf.${key}`, values);
  const block = (lines: string[], name: string): Content => ({
    stack: [
      ...lines.map((text) => ({ text })),
      { text: "\n\n\n\n" },
      { text: name, bold: true, decoration: "underline" },
    ],
    alignment: "center",
  });
  return {
    columns: [
      block([s("acknowledged"), s("teamLead")], visit.team[0]?.official.name ?? "……………………"),
      block([filedOn, s("filedBy", { unit: visit.hostUnit.name })], visit.report?.author.displayName ?? ""),
    ],
    margin: [0, 18, 0, 0],
    unbreakable: true,
  };
}

export function reportContent(visit: VisitDetail, t: Translate, locale: string): Content {
  const report = visit.report!;
  const zone = { locale, timeZone: "UTC" };
  const when = (date: Date) => longDate(date, zone);
  const place = visit.hostUnit.name.replace(/^KPU (Kabupaten|Kota) /, "");
  const filedOn = `${place}, ${when(report.submittedAt ?? visit.endDate)}`;
  const s = (key: string) => t(`supervision.${key}`);
  return [
    heading(s("visitFacts")),
    facts(visit, t, when),
    heading(s("sections.summary")),
    paragraph(report.summary),
    heading(report.submittedAt ? s("posture") : s("postureLive")),
    postureTable(report.staffingSnapshot as StaffingPosture | null, t),
    ...visit.areas.flatMap((area): Content[] => [
      heading(s(`areas.${area.area}`)),
      ...(area.items.length
        ? [
            table(
              ["*", 90],
              null,
              area.items.map((item) => [item.label, s(`results.${item.result}`)]),
            ),
          ]
        : []),
      paragraph(area.reportText),
    ]),
    heading(s("sections.points")),
    paragraph(report.pointsRaised),
    heading(s("findings")),
    findingsTable(report, t),
    signatures(visit, t, filedOn),
  ];
}

/**
 * `GET /supervisi/<id>/pdf`: 401 signed out, 404 when the visit is out of scope or has no report yet; otherwise the
 * report on the visited unit's letterhead, inline so the browser's viewer prints it.
 */
export async function reportPdfResponse(
  user: CurrentUser | null,
  visitId: string,
  { t, locale, now = new Date() }: { t: Translate; locale: string; now?: Date },
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  const visit = await getVisit(user, visitId);
  if (!visit?.report) return new Response("Not Found", { status: 404 });
  const pdf = await renderPdf(
    officialDocument({
      unit: {
        name: `Sekretariat ${visit.hostUnit.name}`,
        address: visit.hostUnit.address,
        timeZone: visit.hostUnit.timeZone,
      },
      title: t("supervision.pdf.title").toUpperCase(),
      subtitle: visit.title,
      content: reportContent(visit, t, locale),
      printedAt: now,
      locale,
      t,
    }),
  );
  return pdfResponse(pdf, `laporan-supervisi-${isoDate(visit.startDate)}.pdf`, "inline");
}
