/**
 * Staff lists as offices keep them, rebuilt with exceljs from fictional people with valid NIPs: the SIASN "data
 * pegawai" export (one flat header row), the DUK in the PP 15/1979 print form (title block, a header over two rows
 * with merged cells, a numbering row, "name⏎place, date" and "pangkat⏎golongan" cells, a signature block) and the
 * daftar nominatif (title block, group labels, blank spacers, JUMLAH, signature). Plus a CSV with semicolons.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { composeNip, formatNip } from "@/lib/officials/nip";
import { PANGKAT_NAMES, type PnsRank } from "@/lib/officials/ranks";
// A type only: form-file.ts is server-only, and the e2e tests (plain Node) build their files here too.
import type { UploadedFile } from "@/lib/uploads/form-file";

const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export interface Person {
  front: string;
  name: string;
  back: string;
  nip: string;
  gender: "MALE" | "FEMALE";
  birthPlace: string;
  birthDate: Date;
  rank: PnsRank;
  golongan: string;
  rankStart: Date;
  serviceYears: number;
  serviceMonths: number;
  post: string;
  postStart: Date;
  education: string;
  section: string;
}

const PLACES = ["Mataram", "Selong", "Praya", "Bima", "Dompu", "Sumbawa Besar", "Tanjung", "Gerung"];
const FIRST = ["Lalu", "Baiq", "Muhammad", "Ni Made", "Ahmad", "Siti", "I Gede", "Nurul", "Dewi", "Hendra"];
const RANKS: PnsRank[] = ["III_A", "III_B", "III_C", "III_D", "IV_A", "II_C", "II_D"];
const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

let counter = Math.floor(Math.random() * 3000);

/** `count` people with NIPs unique in the run (a birth date per person), in the given sections in turn. */
export function people(count: number, tag: string, sections: readonly string[]): Person[] {
  return Array.from({ length: count }, (_, index) => {
    counter += 1;
    const birthDate = new Date(Date.UTC(1965, 0, 1 + counter * 3));
    const gender = index % 3 === 1 ? "FEMALE" : "MALE";
    const rank = RANKS[index % RANKS.length] as PnsRank;
    return {
      front: index % 4 === 0 ? "Drs. H." : "",
      name: `${FIRST[index % FIRST.length]} ${tag} ${String.fromCharCode(65 + index)}`,
      back: index % 2 === 0 ? "S.H., M.Si." : "S.E.",
      nip: composeNip({
        birthDate,
        serviceStart: { year: birthDate.getUTCFullYear() + 26, month: 3 },
        gender,
        sequence: 1 + (index % 9),
      }),
      gender,
      birthPlace: PLACES[index % PLACES.length] as string,
      birthDate,
      rank,
      golongan: rank.replace("_", "/").replace(/[A-E]$/, (room) => room.toLowerCase()),
      rankStart: new Date(Date.UTC(2018 + (index % 6), (index * 2) % 12, 1)),
      serviceYears: 5 + index,
      serviceMonths: index % 12,
      post: "Pengelola Keuangan",
      postStart: new Date(Date.UTC(2020, index % 12, 1)),
      education: index % 2 === 0 ? "S-1 Ilmu Hukum" : "D-III Akuntansi",
      section: sections[index % sections.length] as string,
    };
  });
}

const dmy = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${date.getUTCFullYear()}`;
const longDate = (date: Date) =>
  `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
const fullName = (p: Person) => `${p.front ? `${p.front} ` : ""}${p.name}, ${p.back}`;

async function xlsx(fileName: string, build: (sheet: ExcelJS.Worksheet) => void): Promise<UploadedFile> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Sheet1"));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { fileName, bytes, sha256: sha256Hex(bytes) };
}

export const SIASN_HEADERS = [
  "PNS ID",
  "NIP BARU",
  "NIP LAMA",
  "NAMA",
  "GELAR DEPAN",
  "GELAR BELAKANG",
  "TEMPAT LAHIR NAMA",
  "TANGGAL LAHIR",
  "JENIS KELAMIN",
  "AGAMA NAMA",
  "NIK",
  "NOMOR HP",
  "EMAIL",
  "JENIS PEGAWAI NAMA",
  "TMT CPNS",
  "GOL AKHIR NAMA",
  "TMT GOLONGAN",
  "MK TAHUN",
  "MK BULAN",
  "JABATAN NAMA",
  "TMT JABATAN",
  "PENDIDIKAN NAMA",
  "UNOR NAMA",
  "SATUAN KERJA KERJA NAMA",
];

/**
 * The SIASN export: NIPs as text (as downloaded), or as numbers when `mangled` (opened and saved in Excel, which
 * keeps 15 digits). `headers` renames columns, for a sheet the import does not know by itself.
 */
export function siasnFile(
  list: readonly Person[],
  { mangled = false, headers = SIASN_HEADERS, unitName = "" } = {},
): Promise<UploadedFile> {
  return xlsx("data-pegawai-siasn.xlsx", (sheet) => {
    sheet.addRow(headers);
    for (const [index, p] of list.entries()) {
      const row = sheet.addRow([
        `A8F${index}`,
        mangled ? Number(p.nip) : p.nip,
        "",
        p.name,
        p.front,
        p.back,
        p.birthPlace,
        dmy(p.birthDate),
        p.gender === "MALE" ? "Laki-laki" : "Perempuan",
        "Islam",
        "",
        "",
        "",
        "PNS Daerah",
        "",
        p.golongan,
        dmy(p.rankStart),
        p.serviceYears,
        p.serviceMonths,
        p.post,
        dmy(p.postStart),
        p.education,
        `Subbagian ${p.section}`,
        unitName,
      ]);
      if (mangled) row.getCell(2).numFmt = "0";
    }
  });
}

/** The DUK in the PP 15/1979 print form. */
export function dukFile(list: readonly Person[], office: string): Promise<UploadedFile> {
  return xlsx("duk.xlsx", (sheet) => {
    sheet.addRow(["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL"]);
    sheet.mergeCells("A1:M1");
    sheet.addRow([office.toUpperCase()]);
    sheet.mergeCells("A2:M2");
    sheet.addRow(["Keadaan per 31 Desember 2025"]);
    sheet.mergeCells("A3:M3");
    sheet.addRow([]);
    sheet.addRow([
      "NO",
      "NAMA",
      "NIP",
      "PANGKAT TERAKHIR",
      "",
      "JABATAN",
      "",
      "ESELON",
      "MASA KERJA GOLONGAN",
      "",
      "LATIHAN JABATAN",
      "PENDIDIKAN",
      "KET",
    ]);
    sheet.addRow(["", "TTL", "", "GOL/RUANG", "TMT", "NAMA", "TMT", "", "THN", "BLN", "", "", ""]);
    for (const range of ["A5:A6", "C5:C6", "D5:E5", "F5:G5", "H5:H6", "I5:J5", "K5:K6", "L5:L6", "M5:M6"])
      sheet.mergeCells(range);
    sheet.addRow(Array.from({ length: 13 }, (_, index) => index + 1));
    for (const [index, p] of list.entries()) {
      sheet.addRow([
        index + 1,
        `${fullName(p)}\n${p.birthPlace}, ${dmy(p.birthDate)}`,
        formatNip(p.nip),
        `${PANGKAT_NAMES[p.rank]}\n${p.golongan}`,
        p.rankStart,
        p.post,
        p.postStart,
        "",
        p.serviceYears,
        p.serviceMonths,
        "",
        p.education,
        "",
      ]);
    }
    sheet.addRow([]);
    sheet.addRow(["", "", "", "", "", "", "", "", "", "Mataram, 31 Desember 2025"]);
    sheet.addRow(["", "", "", "", "", "", "", "", "", "Sekretaris,"]);
    sheet.addRow(["", "", "", "", "", "", "", "", "", "Drs. H. Penanda Tangan, M.Si."]);
    sheet.addRow(["", "", "", "", "", "", "", "", "", "NIP. 19700314 199503 1 002"]);
  });
}

/** The daftar nominatif: people under the label of their Sub Bagian, blank rows between groups, JUMLAH, signature. */
export function nominatifFile(list: readonly Person[], office: string): Promise<UploadedFile> {
  return xlsx("nominatif.xlsx", (sheet) => {
    sheet.addRow(["DAFTAR NOMINATIF PEGAWAI"]);
    sheet.addRow([office]);
    sheet.addRow(["Keadaan per 31 Desember 2025"]);
    sheet.addRow([]);
    sheet.addRow([
      "No",
      "NIP",
      "Nama",
      "Pangkat",
      "Golongan",
      "TMT",
      "Jabatan",
      "TMT Jabatan",
      "Masa Kerja",
      "Pendidikan",
      "Usia",
      "Keterangan",
    ]);
    const sections = [...new Set(list.map((p) => p.section))];
    let number = 0;
    for (const section of sections) {
      const label = sheet.addRow([`Sub Bagian ${section}`]);
      sheet.mergeCells(`A${label.number}:L${label.number}`);
      for (const p of list.filter((person) => person.section === section)) {
        number += 1;
        sheet.addRow([
          number,
          formatNip(p.nip),
          fullName(p),
          PANGKAT_NAMES[p.rank].replace("Tingkat I", "Tk.I"),
          p.golongan,
          longDate(p.rankStart),
          p.post,
          longDate(p.postStart),
          `${p.serviceYears} thn ${p.serviceMonths} bln`,
          p.education,
          2025 - p.birthDate.getUTCFullYear(),
          "",
        ]);
      }
      sheet.addRow([]);
    }
    sheet.addRow(["JUMLAH", "", `${number} orang`]);
    sheet.addRow([]);
    sheet.addRow(["", "", "", "", "", "", "", "", "Mataram, 31 Desember 2025"]);
    sheet.addRow(["", "", "", "", "", "", "", "", "Sekretaris,"]);
    sheet.addRow(["", "", "", "", "", "", "", "", "Drs. H. Penanda Tangan, M.Si."]);
  });
}

/** A nominatif saved as CSV in an Indonesian locale: semicolons, a title line, "Place / 12 Mei 1980" births. */
export function semicolonCsv(list: readonly Person[]): UploadedFile {
  const lines = [
    "DAFTAR PEGAWAI;;;;;",
    "No;NIP;Nama;Tempat/Tanggal Lahir;Pangkat/Golongan;Sub Bagian",
    ...list.map((p, index) =>
      [
        index + 1,
        formatNip(p.nip),
        `"${fullName(p)}"`,
        `${p.birthPlace} / ${longDate(p.birthDate)}`,
        `${p.golongan} - ${PANGKAT_NAMES[p.rank]}`,
        p.section,
      ].join(";"),
    ),
  ];
  const bytes = new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
  return { fileName: "pegawai.csv", bytes, sha256: sha256Hex(bytes) };
}
