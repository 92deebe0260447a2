/** Fixed dates of the demo data: nothing in it depends on the clock of the machine that seeds. */

/** UTC midnight of an ISO calendar date ("2022-03-11"). */
export function day(iso: string): Date {
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${iso}`);
  return date;
}

/** The day the demo data describes: every date in it lies on or before this one, but the scheduled change's. */
export const DEMO_AS_OF = day("2025-01-06");

/** createdAt/updatedAt of every seeded row, so two seeded databases are identical. */
export const SEEDED_AT = DEMO_AS_OF;

/** Pelantikan of 48 Pejabat Pengawas across NTB, Friday 11 March 2022 (seed 000). */
export const PENGAWAS_INAUGURATION = day("2022-03-11");

/** The posts of the current organisation structure (SOTK) were filled from this day. */
export const STRUCTURE_IN_FORCE = day("2021-01-04");

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
