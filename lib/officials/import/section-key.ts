/**
 * Section names match whatever their case and spacing, and with or without the prefix offices write before them
 * or leave out: "Subbagian Hukum dan SDM" (SIASN's UNOR), "Sub Bagian Hukum dan SDM", "Subbag. Hukum dan SDM" and
 * "Hukum dan SDM" are one section. Pure.
 */
const PREFIX = /^(?:sub\s*bagian|sub\s*bag\.?|kepala\s+sub\s*bagian|bagian)\s+/;

export function sectionKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ").trim().replace(PREFIX, "");
}

/** A unit's name without the words every unit's name carries: "KPU Kota Mataram" and "Kota Mataram" are one. */
export function unitNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/komisi pemilihan umum|sekretariat|\bkpu\b|\bkab\.?(?=\s)/g, (word) =>
      word.startsWith("kab") ? "kabupaten" : "",
    )
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
