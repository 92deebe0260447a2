/** The report printed as PDF and the follow-up board exported as XLSX, on the real database and in scope. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { prisma } from "@/lib/db/client";
import { followUpExportResponse } from "@/lib/follow-ups/export";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { addFinding, saveReportDraft, submitReport } from "@/lib/supervision/report-mutations";
import { reportPdfResponse } from "@/lib/supervision/report-pdf";
import { planVisit } from "@/lib/supervision/visit-mutations";
import { pdfText } from "../support/pdf-text";
import { setting } from "./supervision-world";

const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;

describe("supervision documents", () => {
  it("prints the report with its facts, posture, findings and signatures, only for those who may see the visit", async () => {
    const { users, regencyA, lead } = await setting();
    const planned = await planVisit.execute(users.sekprov, {
      hostUnitId: regencyA.id,
      title: "Supervisi dan Evaluasi",
      startDate: "2026-01-19",
      endDate: "2026-01-19",
      location: "Aula Kantor",
      teamIds: [lead.id],
      areas: ["FINANCE"],
      checklist_FINANCE: "Realisasi anggaran",
    });
    const visitId = (planned as { data: { id: string } }).data.id;
    expect((await reportPdfResponse(users.sekprov, visitId, { t, locale: "id" })).status).toBe(404);

    await saveReportDraft.execute(users.sekkab, { visitId, summary: "Ringkasan kunjungan" });
    const report = await prisma.supervisionReport.findUniqueOrThrow({ where: { visitId } });
    await addFinding.execute(users.sekkab, {
      reportId: report.id,
      kind: "FINDING",
      area: "FINANCE",
      severity: "HIGH",
      description: "SPJ belum lengkap",
      recommendation: "Lengkapi SPJ",
    });
    await submitReport.execute(users.sekkab, { id: report.id, version: report.version });

    const response = await reportPdfResponse(users.sekprov, visitId, { t, locale: "id" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(new Uint8Array(await response.arrayBuffer()));
    for (const expected of [
      "LAPORAN HASIL SUPERVISI DAN EVALUASI",
      "Aula Kantor",
      lead.name,
      "Posisi SDM saat laporan diajukan",
      "SPJ belum lengkap",
      "Lengkapi SPJ",
      "Ketua Tim Supervisi",
    ]) {
      expect(text).toContain(expected);
    }
    expect((await reportPdfResponse(users.other, visitId, { t, locale: "id" })).status).toBe(404);
    expect((await reportPdfResponse(null, visitId, { t, locale: "id" })).status).toBe(401);
  });

  it("exports the board under its filter, late days by the unit's calendar, and only the user's scope", async () => {
    const { users, regencyA, regencyB } = await setting();
    await prisma.followUp.createMany({
      data: [
        { unitId: regencyA.id, source: "FINDING", title: "Lengkapi SPJ", dueDate: new Date("2020-01-01") },
        { unitId: regencyA.id, source: "FINDING", title: "Tata arsip", dueDate: new Date("2099-01-01") },
        {
          unitId: regencyB.id,
          source: "FINDING",
          title: "Milik kabupaten lain",
          dueDate: new Date("2020-01-01"),
        },
      ],
    });
    const rows = async (user: typeof users.sekkab, filter: string) => {
      const response = await followUpExportResponse(user, new URLSearchParams({ filter }), { t });
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="tindak-lanjut-/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const values: unknown[][] = [];
      workbook.worksheets[0]!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      return values;
    };
    const all = await rows(users.sekkab, "all");
    expect(all[0]).toContain("Yang harus dikerjakan");
    expect(all.slice(1).map((row) => row[0])).toEqual(["Lengkapi SPJ", "Tata arsip"]);
    const late = await rows(users.sekkab, "overdue");
    expect(late.slice(1).map((row) => row[0])).toEqual(["Lengkapi SPJ"]);
    expect(late[1]![7]).toBeGreaterThan(365);
    expect((await followUpExportResponse(null, new URLSearchParams(), { t })).status).toBe(401);
  });
});
