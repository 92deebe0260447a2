/** Berita supervisi: an article about a supervision and evaluation visit, from the visit and its report. */
import type { NewsDraft, Publisher, VisitFacts } from "./facts";
import { sentence } from "@/lib/i18n/sentence";
import { AREA, continuing, day, listOf, paragraphs } from "./words";

function dates(facts: VisitFacts): string {
  const start = day(facts.startDate, "UTC");
  return facts.endDate.getTime() === facts.startDate.getTime()
    ? `pada ${start}`
    : `pada ${start} sampai dengan ${day(facts.endDate, "UTC")}`;
}

function lead(facts: VisitFacts, publisher: Publisher): string {
  const place = facts.location ? `, bertempat di ${facts.location}` : "";
  const hosted = facts.host.id === publisher.id;
  return hosted
    ? `${publisher.name} menerima kunjungan supervisi dan evaluasi dari ${facts.visitor.name} ${dates(facts)}${place}.`
    : `${facts.visitor.name} melaksanakan supervisi dan evaluasi pelaksanaan tugas di ${facts.host.name} ${dates(facts)}${place}.`;
}

function team(facts: VisitFacts): string | null {
  const [head, ...others] = facts.team;
  if (!head) return null;
  const along = others.length ? ` bersama ${listOf(others)}` : "";
  const purpose = facts.purpose
    ? ` ${sentence(`Kunjungan ini dilaksanakan dalam rangka ${continuing(facts.purpose)}`)}`
    : "";
  return `${sentence(`Tim supervisi dipimpin oleh ${head}${along}`)}${purpose}`;
}

function areas(facts: VisitFacts): string | null {
  if (facts.areas.length === 0) return null;
  return `Bidang yang ditinjau meliputi ${listOf(facts.areas.map((area) => AREA[area]))}.`;
}

function findings(facts: VisitFacts): string {
  if (facts.findings === null)
    return `Hasil supervisi akan dituangkan dalam laporan yang disusun oleh ${facts.host.name}.`;
  const found = facts.findings.filter((finding) => finding.kind === "FINDING").length;
  const requests = facts.findings.length - found;
  const parts = [
    found ? `${found} temuan beserta rekomendasinya` : null,
    requests ? `${requests} permohonan dari ${facts.host.name} yang perlu ditindaklanjuti` : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return "Dari hasil supervisi, tim tidak mencatat temuan.";
  return `Dari hasil supervisi, tim mencatat ${listOf(parts)}. Setiap rekomendasi dipantau tindak lanjutnya hingga tuntas.`;
}

/** The draft of a news item about a supervision visit, told by the visiting or the visited unit. */
export function draftVisitNews(facts: VisitFacts, publisher: Publisher): NewsDraft {
  const hostShort = facts.host.name.replace(/^Sekretariat /, "");
  return {
    title: `Supervisi dan Evaluasi Pelaksanaan Tugas Sekretariat di ${hostShort}`,
    body: paragraphs(lead(facts, publisher), team(facts), areas(facts), findings(facts)),
  };
}
