/**
 * File names as a browser sends them, made safe to store, show and send back in a Content-Disposition header:
 * the last path segment only, no control or invisible direction characters (an RLO can make "rcs.pdf" of
 * "fdp.scr"), none of the characters Windows refuses, no leading dots, and a length that keeps the extension.
 */

const MAX_LENGTH = 120;
const FALLBACK = "berkas";

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
// Zero-width characters, the byte-order mark and the bidirectional embeddings, overrides and isolates.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const WINDOWS_RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

export function safeFileName(raw: string): string {
  const lastSegment = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  let name = lastSegment
    .replace(CONTROL, "")
    .replace(INVISIBLE, "")
    .replace(WINDOWS_RESERVED, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (!name) return FALLBACK;
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return truncateKeepingExtension(name, MAX_LENGTH);
}

/** At most `max` characters (code points, so no surrogate pair is cut in half), the extension kept whole. */
function truncateKeepingExtension(name: string, max: number): string {
  const characters = Array.from(name);
  if (characters.length <= max) return name;
  const extension = EXTENSION.exec(name)?.[0] ?? "";
  const base = Array.from(name.slice(0, name.length - extension.length));
  return `${base
    .slice(0, max - Array.from(extension).length)
    .join("")
    .trimEnd()}${extension}`;
}

/**
 * The name with an extension its content calls for: "scan.pdf" holding a PNG becomes "scan.png" (an extension of
 * another accepted type is replaced), "SK Pengangkatan" becomes "SK Pengangkatan.pdf".
 */
export function withExtension(
  name: string,
  extensions: readonly string[],
  replaceable: readonly string[],
): string {
  const current = EXTENSION.exec(name)?.[0]?.toLowerCase();
  if (current && extensions.includes(current)) return name;
  const base = current && replaceable.includes(current) ? name.slice(0, -current.length) : name;
  return truncateKeepingExtension(`${base}${extensions[0] ?? ""}`, MAX_LENGTH);
}
