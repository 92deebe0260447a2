/** Berita pelantikan: an article about an inauguration ceremony and the officials who took the oath. */
import type { InaugurationFacts, NewsDraft, Publisher } from "./facts";
import { calendarDate, day, LEVEL, listOf, paragraphs, time, where } from "./words";

/** "48 Pejabat Pengawas", or "5 pejabat" when the levels differ. */
function whom(facts: InaugurationFacts): string {
  const levels = new Set(facts.appointees.map((appointee) => appointee.level));
  const [level] = levels;
  const noun = levels.size === 1 && level ? LEVEL[level] : "pejabat";
  return `${facts.appointees.length} ${noun}`;
}

function lead(facts: InaugurationFacts, publisher: Publisher): string {
  const who = facts.officiantName
    ? `${facts.officiantName}${facts.officiantTitle ? `, ${facts.officiantTitle},` : ""}`
    : publisher.name;
  const units = new Set(facts.appointees.map((appointee) => appointee.unitName)).size;
  const across = units > 1 ? ` dari ${units} satuan kerja` : "";
  return (
    `${who} melantik ${whom(facts)}${across} pada ${day(facts.scheduledAt, facts.timeZone)}, ` +
    `pukul ${time(facts.scheduledAt, facts.timeZone)},${where(facts.mode, facts.location)}.`
  );
}

function ceremony(facts: InaugurationFacts): string | null {
  const { onsite, online } = facts.attended;
  const parts = [
    onsite ? `${onsite} pejabat hadir secara langsung` : null,
    online ? `${online} pejabat mengikuti secara daring` : null,
  ].filter((part): part is string => part !== null);
  const attendance = parts.length ? `Dalam pelantikan ini, ${listOf(parts)}.` : "";
  const decree = facts.decree
    ? ` Pelantikan dilaksanakan berdasarkan Keputusan Nomor ${facts.decree.number} tanggal ${calendarDate(facts.decree.date)}.`
    : "";
  const witnesses = facts.witnesses.length
    ? ` Pengambilan sumpah/janji jabatan disaksikan oleh ${listOf(facts.witnesses)}.`
    : "";
  return `${attendance}${decree}${witnesses}`.trim() || null;
}

function roll(facts: InaugurationFacts): string | null {
  if (facts.appointees.length === 0) return null;
  const lines = facts.appointees.map(
    (appointee, index) => `${index + 1}. ${appointee.name}, ${appointee.post}, ${appointee.unitName}`,
  );
  return `Pejabat yang dilantik:\n${lines.join("\n")}`;
}

/** The draft of a news item about an inauguration ceremony. */
export function draftInaugurationNews(facts: InaugurationFacts, publisher: Publisher): NewsDraft {
  return {
    title: `${publisher.shortName} Lantik ${whom(facts)}`,
    body: paragraphs(lead(facts, publisher), ceremony(facts), roll(facts)),
  };
}
