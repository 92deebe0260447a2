/** Limits of an import, shared by the page (checked before upload) and the server (checked again). */
import { sizeLabel } from "@/lib/uploads/limits";

/**
 * 1 MB: a staff list of a whole province is a few dozen kilobytes, and the file crosses the network twice (check,
 * then commit). The bounded reader (lib/uploads) also limits what it unpacks to, its rows and its reading time.
 */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_FILE_LABEL = sizeLabel(MAX_FILE_BYTES);

/** Rows below the header; more is surely not a staff list. */
export const MAX_DATA_ROWS = 5000;

export const ACCEPTED_EXTENSIONS = [".csv", ".xlsx"] as const;
