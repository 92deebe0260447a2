/** The rows the seed writes, table by table: plain objects that Prisma's createMany accepts as they are. */
import type {
  EmploymentType,
  Gender,
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
