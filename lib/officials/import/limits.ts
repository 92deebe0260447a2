/** Limits of an import, shared by the page (checked before upload) and the server (checked again). */

/**
 * 1 MB: the file travels in a server action's body, which Next caps at 1 MiB by default
 * (next.config serverActions.bodySizeLimit). A staff list of a whole province is a few dozen kilobytes.
 */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_FILE_LABEL = "1 MB";

/** Rows below the header; more is surely not a staff list. */
export const MAX_DATA_ROWS = 5000;

export const ACCEPTED_EXTENSIONS = [".csv", ".xlsx"] as const;
