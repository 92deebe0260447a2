/**
 * Full stops where a sentence ends on a name. Names are written with their titles ("Baiq Nurul Aini, S.Kom."), so
 * a message that ends "… atas nama {name}." would print "S.Kom.."; as in print, the title's stop then ends the
 * sentence too. Pure, for messages, PDFs and drafted news alike.
 */

/** The text as it stands before a sentence's own full stop: without a trailing period of its own. */
export function beforeFullStop(text: string): string {
  return text.trimEnd().replace(/\.+$/, "");
}

/** A sentence ends with one full stop, whatever the typed text ended with. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
