/**
 * The name of a stakeholder organisation as compared for duplicates: case, accents and punctuation do not count,
 * nor a leading word clerks add or leave out ("Kantor", "Sekretariat", "PT"). "Kantor Bawaslu Kab. Sumbawa" and
 * "BAWASLU Kab Sumbawa" are the same organisation, and so are "Polda N.T.B." and "Polda NTB": letters written one by
 * one make one word. (Migration stakeholder_name_key_initialisms applied this last rule to the keys stored before.)
 */
const COMMON_PREFIXES = new Set(["kantor", "sekretariat", "pt", "cv", "yayasan", "perkumpulan"]);
/** Abbreviations written either way in a region's names. */
const SPELLED_OUT: Record<string, string> = {
  kab: "kabupaten",
  prov: "provinsi",
  pemkab: "pemerintah kabupaten",
  pemprov: "pemerintah provinsi",
  pemkot: "pemerintah kota",
};

export function stakeholderNameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  while (words.length > 1 && COMMON_PREFIXES.has(words[0]!)) words.shift();
  return joinInitials(words)
    .map((word) => SPELLED_OUT[word] ?? word)
    .join(" ");
}

/** Runs of one-character words as one word: ["polda", "n", "t", "b"] → ["polda", "ntb"]. */
function joinInitials(words: string[]): string[] {
  const joined: string[] = [];
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1];
    if ([...word].length === 1 && previous !== undefined && [...previous].length === 1)
      joined[joined.length - 1] += word;
    else joined.push(word);
  }
  return joined;
}

/** The unit whose tree holds an organisation once: a regency's province; a province or the nation itself. */
export function stakeholderRegionOf(unit: { id: string; level: string; parentId: string | null }): string {
  return unit.level === "REGENCY_CITY" && unit.parentId ? unit.parentId : unit.id;
}
