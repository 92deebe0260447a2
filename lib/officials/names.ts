/**
 * Names as officials write them carry academic and religious titles: "Dr. H. Suhardi Soud, S.H., M.H.".
 * We store the name as typed and sort and search by the name alone ("suhardi soud").
 */

// Titles written before the name (gelar depan): academic (Prof., Dr., Drs., Dra., Ir.), medical and professional
// (dr., drg., Ns., apt.) and religious (H. haji, Hj. hajjah, K.H. kiai haji). Either a dot or a space must follow,
// so names that merely start with these letters ("Hadi", "Irwan", "Drajat") are left alone.
const LEADING_TITLE = /^(?:prof|dr|drs|dra|drg|ir|ns|apt|hj|h|k\.?\s*h)(?:\.\s*|\s+)/i;

// A degree written after the name without the usual comma: dotted abbreviations with at least two parts
// ("S.H.", "M.Si.", "A.Md.", "Ph.D."), so a trailing initial ("M.") is kept.
const TRAILING_DEGREE = /\s+(?:[A-Za-z]{1,4}\.){1,3}[A-Za-z]{0,4}\.?$/;
const DOTTED_PARTS = /[A-Za-z]\.[A-Za-z]/;

/**
 * The name without titles, spaces collapsed, lower-cased: what lists sort and search by.
 * "Dr. H. Suhardi Soud, S.H., M.H." → "suhardi soud". Degrees follow the first comma (gelar belakang);
 * Indonesian names themselves carry no comma.
 */
export function sortNameOf(nameWithTitles: string): string {
  const collapsed = nameWithTitles.replace(/\s+/g, " ").trim();
  let name = collapsed.split(",")[0]?.trim() ?? "";

  for (let previous = ""; previous !== name;) {
    previous = name;
    name = name.replace(LEADING_TITLE, "");
  }
  for (
    let match = TRAILING_DEGREE.exec(name);
    match && DOTTED_PARTS.test(match[0]);
    match = TRAILING_DEGREE.exec(name)
  ) {
    name = name.slice(0, match.index);
  }

  const bare = name.replace(/\s+/g, " ").trim();
  // Only titles ("Dr."), or nothing before the comma: better the whole text than an empty key.
  return (bare || collapsed).toLowerCase();
}
