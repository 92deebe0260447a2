/**
 * Intl formats kept for the life of the process. Making an Intl.DateTimeFormat costs about 100 µs (it loads the
 * locale's and the zone's ICU data), using one about 1 µs: the audit trail, which formats a moment for each of its
 * sixty entries and a date for each dated value, spent about 7 ms a page making them (issue 13).
 */

/** Enough for every locale × zone the app uses many times over; a bound all the same, since zones come from data. */
const MAX_KEPT = 256;

function keep<T>(kept: Map<string, T>, key: string, make: () => T): T {
  let format = kept.get(key);
  if (!format) {
    format = make();
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(key, format);
  }
  return format;
}

/**
 * One kind of date format (fixed options), kept per locale and zone: `const moment = dateTimeFormat({...})` once in
 * a module, then `moment(locale, timeZone).format(date)`. A zone Intl does not know throws, as a new format would.
 */
export function dateTimeFormat(
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): (locale: string, timeZone: string) => Intl.DateTimeFormat {
  const kept = new Map<string, Intl.DateTimeFormat>();
  return (locale, timeZone) =>
    keep(kept, `${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The locale's plain number format ("1.234" in Indonesian), kept per locale. */
export function numberFormat(locale: string): Intl.NumberFormat {
  return keep(numberFormats, locale, () => new Intl.NumberFormat(locale));
}
