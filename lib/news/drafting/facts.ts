/**
 * The facts a news item (berita) is drafted from, read from the activity's records (load-facts.ts) and turned into
 * an article by one pure function per kind of activity. Plain data: no I/O, no catalogue.
 */
import type {
  EventKind,
  FindingKind,
  MeetingMode,
  OutcomeKind,
  PositionLevel,
  SupervisionArea,
} from "@/lib/generated/prisma/enums";

/** The unit whose news page publishes the item: the drafter's home unit. */
export interface Publisher {
  id: string;
  name: string;
  shortName: string;
}

export interface Headcount {
  /** Hadir luring. */
  onsite: number;
  /** Hadir daring. */
  online: number;
}

/** Kegiatan: a Stakeholder Day, sosialisasi, rakor or bimtek. */
export interface EventFacts {
  kind: "EVENT";
  title: string;
  eventKind: EventKind;
  organiser: { id: string; name: string };
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  mode: MeetingMode;
  location: string | null;
  attendanceRequired: boolean;
  invited: number;
  attended: Headcount;
  /** Participating units other than the organiser. */
  participantUnits: number;
  /** Stakeholder organisations with someone present. */
  organisationsPresent: number;
  /** Kelas: the parallel sessions, in order. */
  sessions: string[];
  outcomes: { kind: OutcomeKind; description: string }[];
}

/** Supervisi dan evaluasi: a visit by a higher unit to a lower one, with its report's findings. */
export interface VisitFacts {
  kind: "VISIT";
  title: string;
  visitor: { id: string; name: string };
  host: { id: string; name: string };
  /** The team, its lead first. */
  team: string[];
  startDate: Date;
  endDate: Date;
  timeZone: string;
  location: string | null;
  purpose: string | null;
  areas: SupervisionArea[];
  /** Counted from the report once filed; null while there is none. */
  findings: { kind: FindingKind }[] | null;
}

/** Pelantikan: a ceremony and the officials who took the oath at it. */
export interface InaugurationFacts {
  kind: "INAUGURATION";
  title: string;
  unit: { id: string; name: string };
  scheduledAt: Date;
  timeZone: string;
  mode: MeetingMode;
  location: string | null;
  officiantName: string | null;
  officiantTitle: string | null;
  witnesses: string[];
  decree: { number: string; date: Date } | null;
  /** Inaugurated (present) officials in the order of the berita acara. */
  appointees: { name: string; post: string; unitName: string; level: PositionLevel }[];
  attended: Headcount;
}

export type SourceFacts = EventFacts | VisitFacts | InaugurationFacts;

/** A drafted article: the title and the body, paragraphs separated by a blank line. */
export interface NewsDraft {
  title: string;
  body: string;
}
