import { isHeldOn } from "./current";

interface Period {
  startDate: Date;
  endDate: Date | null;
}

/**
 * The day on or after `from` on which the most of `periods` are in force at once, with those periods. A post
 * taken from `from` on must have room on every later day too, not only on `from`: a successor may be scheduled
 * to start next month while today's holder stays until then. The busiest day is `from` or a later start.
 */
export function busiestDayFrom<T extends Period>(
  periods: readonly T[],
  from: Date,
): { day: Date; held: T[] } {
  const relevant = periods.filter((period) => period.endDate === null || period.endDate >= from);
  let busiest = { day: from, held: relevant.filter((period) => isHeldOn(period, from)) };
  for (const { startDate } of relevant) {
    if (startDate <= from) continue;
    const held = relevant.filter((period) => isHeldOn(period, startDate));
    if (held.length > busiest.held.length) busiest = { day: startDate, held };
  }
  return busiest;
}
