/**
 * Templat impor: an XLSX with the import's header row and one example row, placed in the user's own unit. Every
 * column is formatted as text, so a NIP typed into it stays 18 digits instead of becoming 1.97805E+17.
 */
import "server-only";
import ExcelJS from "exceljs";
import type { CurrentUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { TEMPLATE_COLUMNS } from "../export";

export const TEMPLATE_FILE_NAME = "templat-impor-pegawai.xlsx";
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface TemplateExample {
  unitCode: string;
  sectionName: string;
}

/** The example row's unit and section: the user's home unit and its first section. */
export async function templateExample(user: Pick<CurrentUser, "unit">): Promise<TemplateExample> {
  const section = await prisma.section.findFirst({
    where: { unitId: user.unit.id },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { name: true },
  });
  return { unitCode: user.unit.code, sectionName: section?.name ?? "" };
}

type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

const WIDTHS: Partial<Record<TemplateColumn, number>> = { Nama: 36, NIP: 24, "Sub Bagian": 36, Email: 28 };

export async function buildTemplate(example: TemplateExample): Promise<Uint8Array> {
  const values: Record<TemplateColumn, string> = {
    Nama: "Baiq Nurul Aini, S.E.",
    NIP: "19780512 200501 2 003",
    "Jenis Kelamin": "Perempuan",
    "Tempat Lahir": "Mataram",
    "Tanggal Lahir": "1978-05-12",
    "Status Kepegawaian": "PNS",
    "Pangkat/Golongan": "III/d",
    "Kode Satuan Kerja": example.unitCode,
    "Sub Bagian": example.sectionName,
    Status: "Aktif",
    Email: "baiq.nurul@example.go.id",
    Telepon: "0812-3456-7890",
  };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Pegawai", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((header) => ({
    header,
    width: WIDTHS[header] ?? 18,
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(TEMPLATE_COLUMNS.map((column) => values[column]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
