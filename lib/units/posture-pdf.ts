/**
 * Posisi SDM as a printed document: the province's table (one row per unit in the user's scope, in the order the
 * page shows, and the totals) on the unit's letterhead. The model for a module's PDF: build the content from the
 * same rows the page shows, hand it to officialDocument, render.
 */
import "server-only";
import type { Content, TableCell } from "pdfmake/interfaces";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { todayInZone } from "@/lib/dates/today";
import { prisma } from "@/lib/db/client";
import type { Translate } from "@/lib/i18n/translate";
import { gridTable } from "@/lib/pdf/grid-table";
import { officialDocument, type PrintingUnit } from "@/lib/pdf/official-document";
import { pdfResponse } from "@/lib/pdf/pdf-response";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { isoDate } from "@/lib/validations/input";
import { sumFigures, type PostureFigures, type QuotaCount } from "./posture";
import type { PostureRow } from "./posture-rows";
import { parsePostureSort } from "./posture-sort";
import { getPostureView } from "./posture-view";

/** "kurang 3", "lebih 1", both ("kurang 59, lebih 1", a total), or "sesuai kuota": as the page says it. */
function quotaStatus(count: QuotaCount, t: Translate): string {
  const parts = [
    ...(count.shortfall > 0 ? [t("units.posture.shortfall", { count: count.shortfall })] : []),
    ...(count.excess > 0 ? [t("units.posture.excess", { count: count.excess })] : []),
  ];
  return parts.length > 0 ? parts.join(", ") : t("units.posture.atQuota");
}

function figureCells(figures: PostureFigures, t: Translate, style?: string): TableCell[] {
  const complete = figures.structuralVacant === 0;
  const ofQuota = (count: QuotaCount) =>
    t("units.posture.ofQuota", { staff: count.staff, quota: count.quota });
  const structural = complete ? t("units.posture.complete") : t("units.posture.notComplete");
  return [
    { text: `${figures.structuralFilled}/${figures.structuralTotal} ${structural}`, style },
    { text: String(figures.structuralVacant), alignment: "right", bold: !complete, style },
    { text: ofQuota(figures.asn), style },
    { text: quotaStatus(figures.asn, t), style },
    { text: `${ofQuota(figures.support)}, ${quotaStatus(figures.support, t)}`, style },
  ];
}

export function postureTable(rows: readonly PostureRow[], totals: PostureFigures, t: Translate): Content {
  const header = ["unit", "colStructural", "colVacant", "colAsn", "colShortfall", "colSupport"].map(
    (key): TableCell => ({ text: t(`units.posture.${key}`), style: "tableHeader" }),
  );
  const body: TableCell[][] = rows.map((row) => [
    {
      stack: [
        { text: row.name, bold: true },
        ...(row.vacantTitles.length
          ? [{ text: t("units.posture.vacantPosts", { posts: row.vacantTitles.join("; ") }), fontSize: 7.5 }]
          : []),
      ],
    },
    ...figureCells(row.figures, t),
  ]);
  const totalsRow: TableCell[] = [
    { text: t("units.posture.totals"), style: "totals" },
    ...figureCells(totals, t, "totals"),
  ];
  return gridTable(["*", "auto", "auto", "auto", "auto", "auto"], [header, ...body, totalsRow]);
}

export async function renderPosturePdf(input: {
  unit: PrintingUnit;
  rows: readonly PostureRow[];
  totals: PostureFigures;
  /** How many units the rows sum (a national scope's rows are provinces); the rows' count by default. */
  unitCount?: number;
  printedAt: Date;
  locale: string;
  t: Translate;
}): Promise<Uint8Array<ArrayBuffer>> {
  const { unit, rows, totals, unitCount = rows.length, printedAt, locale, t } = input;
  return renderPdf(
    officialDocument({
      unit,
      title: t("units.posture.title").toUpperCase(),
      subtitle: t("pdf.postureScope", { count: unitCount, unit: unit.name }),
      content: postureTable(rows, totals, t),
      printedAt,
      locale,
      t,
      pageOrientation: "landscape",
    }),
  );
}

/**
 * `GET /api/satuan-kerja/posisi-sdm/pdf?sort=…&dir=…[&provinsi=…]`: 401 signed out, 404 without unit.view or for a
 * province the user may not see (as the page), otherwise the rows the page shows (every unit in the user's scope;
 * one per province for a national scope; a province's units when drilled into), sorted as the page was, on the
 * letterhead of the user's own unit.
 * Shown inline, so the browser's viewer prints it.
 */
export async function posturePdfResponse(
  user: CurrentUser | null,
  search: URLSearchParams,
  { t, locale, now = new Date() }: { t: Translate; locale: string; now?: Date },
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "unit.view")) return new Response("Not Found", { status: 404 });
  const sort = parsePostureSort({
    sort: search.get("sort") ?? undefined,
    dir: search.get("dir") ?? undefined,
  });
  const [view, unit] = await Promise.all([
    getPostureView(user, search.get("provinsi") ?? undefined, sort),
    prisma.workUnit.findUniqueOrThrow({
      where: { id: user.unit.id },
      select: { name: true, address: true, timeZone: true },
    }),
  ]);
  if (!view) return new Response("Not Found", { status: 404 });
  const { rows, unitCount } = view;
  const pdf = await renderPosturePdf({
    unit,
    rows,
    totals: sumFigures(rows.map((row) => row.figures)),
    unitCount,
    printedAt: now,
    locale,
    t,
  });
  const date = isoDate(todayInZone(unit.timeZone, now));
  return pdfResponse(pdf, `posisi-sdm-${user.unit.code}-${date}.pdf`, "inline");
}
