/** Berita kegiatan: an article about a Stakeholder Day, sosialisasi, rakor or bimtek, from its records. */
import type { EventFacts, NewsDraft, Publisher } from "./facts";
import { sentence } from "@/lib/i18n/sentence";
import { day, EVENT_KIND, listOf, OUTCOME_KIND, paragraphs, people, time, where } from "./words";

function lead(facts: EventFacts, publisher: Publisher): string {
  const hosts = facts.organiser.id === publisher.id;
  const kind = EVENT_KIND[facts.eventKind];
  const what =
    facts.eventKind === "OTHER" ? `kegiatan "${facts.title}"` : `${kind} bertajuk "${facts.title}"`;
  const until = facts.endsAt ? ` sampai dengan ${time(facts.endsAt, facts.timeZone)}` : "";
  const verb = hosts ? "menyelenggarakan" : "mengikuti";
  const by = hosts ? "" : ` yang diselenggarakan oleh ${facts.organiser.name}`;
  return (
    `${publisher.name} ${verb} ${what}${by} pada ${day(facts.startsAt, facts.timeZone)}, ` +
    `pukul ${time(facts.startsAt, facts.timeZone)}${until},${where(facts.mode, facts.location)}.`
  );
}

function attendance(facts: EventFacts): string | null {
  const { onsite, online } = facts.attended;
  const total = onsite + online;
  if (total === 0) return null;
  const split = [
    onsite ? `${people(onsite)} hadir secara langsung` : null,
    online ? `${people(online)} mengikuti secara daring` : null,
  ].filter((part): part is string => part !== null);
  const of = facts.invited > total ? ` dari ${facts.invited} undangan` : "";
  const units =
    facts.participantUnits > 0 ? ` Peserta berasal dari ${facts.participantUnits} satuan kerja peserta.` : "";
  const organisations =
    facts.organisationsPresent > 0
      ? ` Sebanyak ${facts.organisationsPresent} lembaga pemangku kepentingan turut hadir.`
      : "";
  const required = facts.attendanceRequired ? " Seluruh undangan diwajibkan hadir." : "";
  return `Kegiatan ini dihadiri ${people(total)}${of}: ${listOf(split)}.${units}${organisations}${required}`;
}

function sessions(facts: EventFacts): string | null {
  if (facts.sessions.length === 0) return null;
  const names = listOf(facts.sessions);
  return facts.sessions.length === 1
    ? `Selain sesi pleno, kegiatan ini juga menggelar ${names}.`
    : `Selain sesi pleno, peserta dibagi ke dalam ${facts.sessions.length} kelas, yaitu ${names}.`;
}

function outcomes(facts: EventFacts): string | null {
  if (facts.outcomes.length === 0) return null;
  const items = facts.outcomes.map((outcome, index) => {
    const kind = OUTCOME_KIND[outcome.kind];
    // "Rancangan keputusan tentang …" already says what it is.
    const named = outcome.description.toLowerCase().startsWith(kind);
    return `${index + 1}. ${named ? "" : `${capitalise(kind)}: `}${sentence(outcome.description)}`;
  });
  return `Kegiatan ini menghasilkan ${facts.outcomes.length} pokok hasil:\n${items.join("\n")}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function headline(facts: EventFacts, publisher: Publisher): string {
  const verb = facts.organiser.id === publisher.id ? "Gelar" : "Ikuti";
  return `${publisher.shortName} ${verb} ${facts.title}`;
}

/** The draft of a news item about an event, as the publishing unit tells it (host or participant). */
export function draftEventNews(facts: EventFacts, publisher: Publisher): NewsDraft {
  return {
    title: headline(facts, publisher),
    body: paragraphs(lead(facts, publisher), attendance(facts), sessions(facts), outcomes(facts)),
  };
}
