/**
 * A staff list of `count` PNS officials as the import takes it (CSV, the template's columns), each with a valid NIP
 * of its own: birth dates from 1996 on, a day each, and the sequence digits counting up once the days run out. No
 * other factory uses these birth years, so the rows never meet another test's officials.
 */
import { TEMPLATE_COLUMNS } from "@/lib/officials/export";
import { composeNip, formatNip } from "@/lib/officials/nip";
import { sha256Hex, type UploadedFile } from "@/lib/uploads/form-file";

const DAYS = 1_800;
const FIRST_BIRTH = Date.UTC(1996, 0, 1);

export function generatedNip(index: number, offset = 0): string {
  const birthDate = new Date(FIRST_BIRTH + (index % DAYS) * 86_400_000);
  return composeNip({
    birthDate,
    serviceStart: { year: birthDate.getUTCFullYear() + 25, month: 3 },
    gender: index % 2 === 0 ? "FEMALE" : "MALE",
    sequence: 1 + offset + Math.floor(index / DAYS),
  });
}

/** `count` rows for the unit with region code `unitCode`; `offset` shifts the sequence digits (0-990). */
export function staffListCsv(count: number, unitCode: string, offset = 0): UploadedFile {
  const lines = [TEMPLATE_COLUMNS.join(",")];
  for (let index = 0; index < count; index += 1) {
    const row: Partial<Record<(typeof TEMPLATE_COLUMNS)[number], string>> = {
      Nama: `Pegawai Impor ${offset}-${index}`,
      NIP: formatNip(generatedNip(index, offset)),
      "Status Kepegawaian": "PNS",
      "Pangkat/Golongan": "III/a",
      "Kode Satuan Kerja": unitCode,
      Status: "Aktif",
    };
    lines.push(TEMPLATE_COLUMNS.map((column) => row[column] ?? "").join(","));
  }
  const bytes = new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
  return { fileName: "pegawai.csv", bytes, sha256: sha256Hex(bytes) };
}
