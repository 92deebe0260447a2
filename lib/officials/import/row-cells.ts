/**
 * The cells of one row read as the values of an official, before the form's rules: each value from the column
 * that gives it (the name from GELAR DEPAN + NAMA + GELAR BELAKANG or the DUK's "name⏎place, date", the rank from
 * a Pangkat + Golongan pair, the section from a group label above the row), or from the file's choices, with the
 * column each came from and every cell that cannot be read or must not be stored. Pure.
 */
import { EmploymentType } from "@/lib/generated/prisma/enums";
import { cellText, type Cell, type SheetRow } from "@/lib/uploads/spreadsheet-cells";
import { normalizeNip } from "../nip";
import { parsePlaceAndDate } from "./cell-dates";
import {
  composeName,
  readEducationText,
  readReligionText,
  readServiceText,
  splitNameCell,
  suspiciousName,
} from "./cell-people";
import {
  readDate,
  readEmploymentType,
  readGender,
  readNip,
  readPhone,
  readRank,
  readStatus,
  readText,
  type CellProblem,
  type CellResult,
} from "./cells";
import type { HeaderMatch, ImportColumn } from "./columns";
import type { FileContext, ImportedField, UnitLookup } from "./map-row";
import { sectionKey, unitNameKey } from "./section-key";

const P = "import.problems";

export interface PostCell {
  title: string;
  startDate?: Date;
  decreeNumber?: string;
  decreeDate?: Date;
}

export interface RowCells {
  input: Record<string, unknown>;
  history: Record<string, unknown>;
  provided: Set<ImportedField>;
  /** The column each field was read from, where its problems are reported. */
  sources: Partial<Record<ImportedField, ImportColumn>>;
  post: PostCell | null;
  problems: { column: ImportColumn; problem: CellProblem }[];
  display: { name: string; nip: string; unitCode: string };
}

/** A PPPK's NI PPPK has "2" as its 13th digit, where a PNS's NIP has the tens of a month (0 or 1). */
function employmentFromNumbers(nip: string | undefined, rank: string | undefined): EmploymentType {
  if (rank) return rank.startsWith("PPPK_") ? EmploymentType.PPPK : EmploymentType.PNS;
  const digits = nip ? normalizeNip(nip) : null;
  if (!digits) return EmploymentType.NON_ASN;
  return digits[12] === "2" ? EmploymentType.PPPK : EmploymentType.PNS;
}

export function readRowCells(
  row: SheetRow & { group?: string },
  columns: HeaderMatch["columns"],
  units: UnitLookup,
  file: FileContext,
  today: Date,
): RowCells {
  const problems: RowCells["problems"] = [];
  const provided = new Set<ImportedField>();
  const sources: RowCells["sources"] = {};
  const has = (column: ImportColumn) => columns.has(column);
  const cell = (column: ImportColumn): Cell => {
    const index = columns.get(column)?.index;
    return index === undefined ? null : (row.cells[index] ?? null);
  };
  const text = (column: ImportColumn) => cellText(cell(column));
  const report = (column: ImportColumn, key: string, params: Record<string, string | number> = {}) =>
    problems.push({ column, problem: { key: `${P}.${key}`, params } });
  /** Marks `field` as given by the file when one of `from` is a column of it; returns that column. */
  const source = (field: ImportedField, ...from: ImportColumn[]) => {
    const column = from.find(has);
    if (column) {
      provided.add(field);
      sources[field] = column;
    }
    return column;
  };
  const read = <T>(column: ImportColumn, reader: (cell: Cell) => CellResult<T>): T | undefined => {
    const result = reader(cell(column));
    if (result.ok) return result.value;
    problems.push({ column, problem: result.problem });
    return undefined;
  };

  // The name, and the birth line the DUK writes under it in the same cell.
  const nameColumn = source("name", "Nama", "Nama dan TTL") ?? "Nama";
  let birthLine = "";
  let name = text(nameColumn);
  if (nameColumn === "Nama dan TTL") ({ name, rest: birthLine } = splitNameCell(cellText(cell(nameColumn))));
  else name = cellText(cell(nameColumn));
  name = composeName(text("Gelar Depan"), name.replace(/[ \t]+/g, " ").trim(), text("Gelar Belakang"));
  const nameProblem = name ? suspiciousName(name) : null;
  if (nameProblem) report(nameColumn, `nameHolds.${nameProblem}`, { value: name.replace(/\s+/g, " ") });

  const birth = birthLine || text("Tempat, Tanggal Lahir");
  const birthColumn: ImportColumn = birthLine ? "Nama dan TTL" : "Tempat, Tanggal Lahir";
  let birthPlace = readText(cell("Tempat Lahir"));
  let birthDate = read("Tanggal Lahir", readDate);
  if (birth) {
    const parsed = parsePlaceAndDate(birth);
    if (!parsed?.date) report(birthColumn, "birthLine", { value: birth });
    else {
      birthPlace ??= parsed.place || undefined;
      birthDate ??= parsed.date;
    }
  }
  if (source("birthPlace", "Tempat Lahir", ...(birth ? [birthColumn] : [])))
    source("birthDate", "Tanggal Lahir", ...(birth ? [birthColumn] : []));
  else source("birthDate", "Tanggal Lahir");

  source("nip", "NIP");
  const nip = has("NIP") ? read("NIP", readNip) : undefined;

  // The rank, from one column or a Pangkat + Golongan pair read as one.
  const rankColumns = (["Pangkat/Golongan", "Pangkat", "Golongan"] as const).filter(has);
  const rankText = rankColumns.map(text).filter(Boolean).join(" / ");
  const rankColumn = source("rank", ...rankColumns);
  const rank = rankColumn ? read(rankColumn, () => readRank(rankText || null)) : undefined;

  let employmentType = has("Status Kepegawaian") ? read("Status Kepegawaian", readEmploymentType) : undefined;
  if (employmentType || file.employmentType) source("employmentType", "Status Kepegawaian");
  if (!has("Status Kepegawaian") && file.employmentType) provided.add("employmentType");
  employmentType ??= file.employmentType ?? employmentFromNumbers(nip, rank);

  // The unit: its code, its name, or the one chosen for the file.
  const unitCode = readText(cell("Kode Satuan Kerja"));
  const unitName = readText(cell("Satuan Kerja"));
  let unit = unitCode ? units.get(unitCode) : undefined;
  if (unitCode) {
    source("unitId", "Kode Satuan Kerja");
    if (!unit) report("Kode Satuan Kerja", "unitUnknown", { value: unitCode });
  } else if (unitName) {
    source("unitId", "Satuan Kerja");
    unit = file.unitsByName?.get(unitNameKey(unitName));
    if (!unit) report("Satuan Kerja", "unitUnknown", { value: unitName });
  } else unit = file.unit;
  if (unit && !unit.active)
    report(sources.unitId ?? "Kode Satuan Kerja", "unitInactive", { value: unit.shortName });

  // The section: its column, or the group label above the row when that names one of the unit's sections.
  const sectionName = readText(cell("Sub Bagian"));
  let sectionId: string | undefined;
  if (sectionName) {
    source("sectionId", "Sub Bagian");
    sectionId = unit?.sections.get(sectionKey(sectionName));
    if (unit && !sectionId)
      report("Sub Bagian", "sectionUnknown", { value: sectionName, unit: unit.shortName });
  } else if (has("Sub Bagian")) {
    source("sectionId", "Sub Bagian");
  } else if (row.group && unit) {
    sectionId = unit.sections.get(sectionKey(row.group));
    if (sectionId) provided.add("sectionId");
  }

  const status = has("Status") ? read("Status", readStatus) : undefined;
  source("status", "Status");
  source("gender", "Jenis Kelamin");
  source("email", "Email");
  source("phone", "Telepon");
  source("religion", "Agama");
  const religionText = text("Agama");
  const religion = religionText ? readReligionText(religionText) : undefined;
  if (religion === null) report("Agama", "religion", { value: religionText });

  const history = readHistory();
  const postTitle = text("Jabatan").replace(/\s+/g, " ");
  const post: PostCell | null = postTitle
    ? {
        title: postTitle,
        startDate: has("TMT Jabatan") ? read("TMT Jabatan", readDate) : undefined,
        decreeNumber: readText(cell("Nomor SK Jabatan")),
        decreeDate: has("Tanggal SK Jabatan") ? read("Tanggal SK Jabatan", readDate) : undefined,
      }
    : null;

  return {
    input: {
      name: name || undefined,
      nip,
      gender: has("Jenis Kelamin") ? read("Jenis Kelamin", readGender) : undefined,
      birthPlace,
      birthDate,
      employmentType,
      rank,
      status,
      email: readText(cell("Email")),
      phone: readPhone(cell("Telepon")),
      unitId: unit?.id,
      sectionId,
      ...(religion ? { religion } : {}),
    },
    history,
    provided,
    sources,
    post,
    problems,
    display: {
      name: name.replace(/\s+/g, " "),
      nip: readText(cell("NIP")) ?? "",
      unitCode: unit?.code ?? unitCode ?? "",
    },
  };

  function readHistory(): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (source("rankStartDate", "TMT Pangkat")) values.rankStartDate = read("TMT Pangkat", readDate);
    const serviceColumn = source("serviceYears", "MK Tahun", "Masa Kerja Golongan");
    if (serviceColumn) {
      provided.add("serviceMonths");
      provided.add("serviceAsOf");
      const years = serviceColumn === "MK Tahun" ? text("MK Tahun") : "";
      const length =
        serviceColumn === "MK Tahun"
          ? years
            ? readServiceText(`${years}/${text("MK Bulan") || "0"}`)
            : undefined
          : text(serviceColumn)
            ? readServiceText(text(serviceColumn))
            : undefined;
      if (length === null) report(serviceColumn, "serviceLength", { value: text(serviceColumn) });
      if (length) {
        values.serviceYears = String(length.years);
        values.serviceMonths = String(length.months);
        values.serviceAsOf = file.asOf ?? today;
      }
    }
    const educationText = text("Pendidikan");
    if (source("educationLevel", "Pendidikan") && educationText) {
      const education = readEducationText(educationText);
      if (!education) report("Pendidikan", "education", { value: educationText });
      values.educationLevel = education?.level;
      if (!has("Jurusan") && education?.major) values.educationMajor = education.major;
    }
    if (source("educationMajor", "Jurusan", ...(has("Pendidikan") ? (["Pendidikan"] as const) : [])))
      values.educationMajor ??= readText(cell("Jurusan"));
    return values;
  }
}
