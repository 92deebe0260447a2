/** Plain shapes the record's components receive from the pages (no Prisma types in components). */

export interface PlacementChoices {
  units: { id: string; name: string }[];
  sections: { id: string; unitId: string; name: string }[];
}

export interface PostChoice {
  id: string;
  unitId: string;
  sectionId: string | null;
  title: string;
  quota: number;
  /** How many hold the post now. */
  held: number;
}

/** The official a move or end-of-service form acts on: its id and the version the page was loaded at. */
export interface RecordRef {
  id: string;
  version: number;
}

/** One row of riwayat jabatan. */
export interface AssignmentRow {
  id: string;
  startDate: Date;
  endDate: Date | null;
  decreeNumber: string | null;
  decreeDate: Date | null;
  endReason: string | null;
  position: { title: string };
  unit: { name: string };
}
