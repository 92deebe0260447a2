/**
 * The filtered trail as a spreadsheet (ekspor jejak audit): one row per entry and record, changes as lines
 * "Label: before → after", newest first, at most MAX_EXPORT_ROWS log rows, read a batch at a time.
 */
import "server-only";
import type { CurrentUser } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import { exportFileName } from "@/lib/officials/export";
import { xlsxSheetStream } from "@/lib/exports/xlsx-stream";
import type { Translate } from "@/lib/i18n/translate";
import type { AuditItem } from "./describe";
import { parseAuditFilters } from "./filters";
import { auditWhere, describeTrail, readTrailRows, type TrailReader } from "./queries";

export const MAX_EXPORT_ROWS = 10_000;
const BATCH_ROWS = 500;

/** One spreadsheet row per record an entry touched: time, user, action, record type, record, changes. */
export function exportCells(items: AuditItem[]): string[][] {
  return items.flatMap((item) =>
    item.parts.map((part) => [
      item.when,
      item.actorName,
      part.action,
      part.kind,
      part.subject?.name ?? "",
      part.lines
        .map((line) =>
          [line.before.join("; "), line.after.join("; ")].filter((value) => value !== "").length === 2
            ? `${line.label}: ${line.before.join("; ")} → ${line.after.join("; ")}`
            : `${line.label}: ${[...line.before, ...line.after].join("; ")}`,
        )
        .join("\n"),
    ]),
  );
}

async function* batches(
  user: CurrentUser,
  search: URLSearchParams,
  reader: TrailReader,
): AsyncGenerator<string[][]> {
  const filters = parseAuditFilters(search);
  const where = await auditWhere(user, filters);
  let before = filters.before;
  let read = 0;
  while (read < MAX_EXPORT_ROWS) {
    const page = await readTrailRows(where, before, Math.min(BATCH_ROWS, MAX_EXPORT_ROWS - read));
    if (page.rows.length === 0) return;
    read += page.rows.length;
    yield exportCells(await describeTrail(page.rows, reader));
    if (page.nextBefore === undefined) return;
    before = page.nextBefore;
  }
}

/**
 * `GET /api/audit/ekspor?<the trail's params>`: 401 signed out, 404 without audit.view (as the page), otherwise
 * the entries the params match in the user's scope, as XLSX.
 */
export async function auditExportResponse(
  user: CurrentUser | null,
  search: URLSearchParams,
  reader: { t: Translate; locale: string },
  now = new Date(),
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "audit.view")) return new Response("Not Found", { status: 404 });
  const t = reader.t;
  const columns = [
    { header: t("audit.at"), width: 24 },
    { header: t("audit.actor"), width: 28 },
    { header: t("audit.action"), width: 30 },
    { header: t("audit.export.kind"), width: 18 },
    { header: t("audit.export.record"), width: 40 },
    { header: t("audit.changes"), width: 80 },
  ];
  const fileName = exportFileName(user.unit.shortName, user.unit.timeZone, "xlsx", now, "jejak-audit");
  const rows = batches(user, search, { ...reader, timeZone: user.unit.timeZone });
  return new Response(xlsxSheetStream(t("audit.export.sheet"), columns, rows), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
