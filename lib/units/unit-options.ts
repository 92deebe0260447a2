/**
 * The choices unit, section and post forms offer, without zod: client components import these, and the schemas
 * check against the same lists.
 */
import type { PositionKind, PositionLevel } from "@/lib/generated/prisma/enums";

/** Indonesia's three time zones: WIB, WITA (NTB) and WIT. */
export const UNIT_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

/** The name Indonesians give each zone (WIB, WITA, WIT): the key of its label under `units.timeZones`. */
export const TIME_ZONE_NAMES: Record<(typeof UNIT_TIME_ZONES)[number], "WIB" | "WITA" | "WIT"> = {
  "Asia/Jakarta": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Jayapura": "WIT",
};

/** The levels a post of each kind may have: structural posts are leadership, administrator or supervisor. */
export const LEVELS_BY_KIND: Record<PositionKind, PositionLevel[]> = {
  STRUCTURAL: ["HIGH_LEADERSHIP", "ADMINISTRATOR", "SUPERVISOR"],
  FUNCTIONAL: ["FUNCTIONAL"],
  EXECUTOR: ["EXECUTOR"],
  SUPPORT: ["SUPPORT"],
};
