/** The rows the seed writes, table by table: plain objects that Prisma's createMany accepts as they are. */
import type {
  EmploymentType,
  Gender,
  OfficialChangeKind,
  OfficialStatus,
  PositionKind,
  PositionLevel,
  Rank,
  SectionKind,
  UnitLevel,
} from "@/lib/generated/prisma/enums";

export interface SeedUnit {
  id: string;
  code: string;
  name: string;
  shortName: string;
  level: UnitLevel;
  parentId: string | null;
  timeZone: string;
  supportStaffQuota: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SeedSection {
  id: string;
  unitId: string;
  parentId: string | null;
  name: string;
  kind: SectionKind;
  staffQuota: number;
  sortOrder: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SeedPosition {
  id: string;
  unitId: string;
  sectionId: string | null;
  title: string;
  kind: PositionKind;
  level: PositionLevel;
  quota: number;
  sortOrder: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SeedAssignment {
  id: string;
  officialId: string;
  positionId: string;
  unitId: string;
  startDate: Date;
  endDate: Date | null;
  decreeNumber: string;
  decreeDate: Date;
  endReason: string | null;
  createdAt: Date;
}

export interface DemoData {
  units: SeedUnit[];
  sections: SeedSection[];
  positions: SeedPosition[];
  officials: SeedOfficial[];
  assignments: SeedAssignment[];
  officialChanges: SeedOfficialChange[];
}

export interface SeedOfficial {
  id: string;
  nip: string | null;
  name: string;
  sortName: string;
  gender: Gender;
  birthDate: Date;
  birthPlace: string;
  employmentType: EmploymentType;
  rank: Rank | null;
  status: OfficialStatus;
  unitId: string;
  sectionId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A scheduled change (official_change) not yet applied: what the official's record shows as "Terjadwal". */
export interface SeedOfficialChange {
  id: string;
  officialId: string;
  unitId: string;
  kind: OfficialChangeKind;
  effectiveDate: Date;
  status: OfficialStatus;
  /** The posts the change ended, with the open end cancelling would give back. */
  endedAssignments: { id: string; endDate: null; endReason: null }[];
  reason: string;
  /** A demo user's id: inserted after the users. */
  createdById: string;
  createdAt: Date;
}
