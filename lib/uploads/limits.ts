/**
 * Bounds of every upload (unggahan), in one place. The page checks the size before sending; the server checks all
 * of them, because a file that is small on the wire can be huge inside (an XLSX is a ZIP package).
 */

/**
 * 10 MB: a scanned decree (SK) of several pages, or a DOCX with photos. Server action bodies may be slightly larger
 * (next.config.js: 11 MiB, for the form's other fields and the multipart framing); a unit test keeps them in step.
 */
export const MAX_ATTACHMENT_BYTES = 10_000_000;

export interface ArchiveLimits {
  /** Entries in the package's central directory. */
  maxEntries: number;
  /** Bytes of all entries together once inflated: what the central directory declares, and what inflating yields. */
  maxUnpackedBytes: number;
}

/**
 * Attachments are only checked (every entry inflated, counted and dropped), never parsed, so they may unpack to
 * more: a DOCX of 10 MB holds mostly photos that do not compress.
 */
export const ATTACHMENT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 2_000, maxUnpackedBytes: 100_000_000 };

/**
 * Spreadsheets are parsed whole by exceljs, which keeps every cell in memory: 5,000 rows of a staff list unpack to
 * a few megabytes, so 25 MB leaves room without letting a file inflate into hundreds of them.
 */
export const SPREADSHEET_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 500, maxUnpackedBytes: 25_000_000 };

/** How long reading one uploaded file may take, waiting for a free worker included. */
export const UPLOAD_DEADLINE_MS = 15_000;

/** Heap of a worker that parses a spreadsheet; past it the worker dies alone and the file is refused. */
export const WORKER_HEAP_MB = 512;

/** "10 MB", "1 MB", "500 KB": a limit as the messages name it (limits are whole units). */
export function sizeLabel(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 1_000_000)} MB` : `${Math.round(bytes / 1_000)} KB`;
}
