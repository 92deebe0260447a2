/**
 * The Content-Disposition of a download (RFC 6266): `filename*` carries the real name in UTF-8 (RFC 8187), and
 * `filename` an ASCII stand-in for clients that know only that one. Safe for any name: quotes, backslashes,
 * percent signs and control characters never reach the quoted string.
 */
export function contentDisposition(
  fileName: string,
  disposition: "attachment" | "inline" = "attachment",
): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  // encodeURIComponent leaves these four, which RFC 8187 does not allow unencoded.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii || "berkas"}"; filename*=UTF-8''${encoded}`;
}
