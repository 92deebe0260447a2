/**
 * The follow-up board as a spreadsheet (ekspor tindak lanjut): the rows of the board under the same filter, every
 * one of them, by due date, with how late each is by its unit's calendar. Headers and values in the user's language.
 */
import "server-only";
import ExcelJS from "exceljs";
import { can } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/types";
import { todayInZone } from "@/lib/dates/today";
import type { Translate } from "@/lib/i18n/translate";
import { exportFileName } from "@/lib/officials/export";
import { isoDate } from "@/lib/validations/input";
import { daysOverdue } from "./due-dates";
import { parseBoardParams } from "./board-params";
import { exportFollowUps } from "./queries";

type Row = Awaited<ReturnType<typeof exportFollowUps>>["rows"][number];

const COLUMNS = [
  ["title", 48],
  ["description", 48],
  ["unit", 24],
  ["source", 24],
  ["area", 28],
  ["ownerOfficialId", 28],
  ["dueDate", 12],
  ["late", 12],
  ["status", 24],
  ["escalated", 24],
] as const;

function cells(row: Row, t: Translate): (string | number)[] {
  const late = daysOverdue(row, todayInZone(row.unit.timeZone));
  return [
    row.title,
    row.description ?? "",
    row.unit.shortName,
    t(`followUps.sources.${row.source}`),
    row.area ? t(`supervision.areas.${row.area}`) : "",
    row.owner?.name ?? t("followUps.unassigned"),
    // A @db.Date is UTC midnight: its ISO date is the calendar date.
    isoDate(row.dueDate),
    late > 0 ? late : "",
    t(`workflow.states.${row.status}`),
    row.escalatedTo?.shortName ?? "",
  ];
}

export async function followUpWorkbook(rows: Row[], t: Translate): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("followUps.title"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map(([key, width]) => ({
    header: key === "late" ? t("followUps.lateDays") : t(`followUps.fields.${key}`),
    width,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(cells(row, t));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * `GET /tindak-lanjut/ekspor?filter=…&region=…&unit=…&status=…&area=…&source=…`: 401 signed out, 404 without
 * followUp.view (as the board), otherwise the board's rows under the same view and filters as XLSX, named after the
 * unit or region chosen (the user's own unit when none is).
 */
export async function followUpExportResponse(
  user: CurrentUser | null,
  search: URLSearchParams,
  { t, now = new Date() }: { t: Translate; now?: Date },
): Promise<Response> {
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "followUp.view")) return new Response("Not Found", { status: 404 });
  const { rows, chosen } = await exportFollowUps(user, parseBoardParams(search));
  const workbook = await followUpWorkbook(rows, t);
  const unitName = (chosen ?? user.unit).shortName;
  const fileName = exportFileName(unitName, user.unit.timeZone, "xlsx", now, "tindak-lanjut");
  return new Response(workbook as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
