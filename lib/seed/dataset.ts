/**
 * Builds the whole demo data set in memory, without I/O: units, sections, posts, officials and their assignments.
 * Deterministic: fixed ids, fixed dates and seeded random streams, so every call returns the same rows.
 */
import { PENGAWAS_INAUGURATION, SEEDED_AT, STRUCTURE_IN_FORCE, day } from "./dates";
import { DecreeBook, PENGAWAS_DECREE, type Decree } from "./decrees";
import { addHistory } from "./history";
import { PeopleFactory, type PersonRequest } from "./people";
import { createRandom, type Random } from "./prng";
import { addScheduledChanges } from "./scheduled";
import type { DemoData, SeedPosition } from "./rows";
import { filledSlots } from "./slots";
import { provinceStructure, regencyStructure, type PostSpec, type Structure } from "./structure";
import { UNIT_PLANS, type UnitPlan } from "./units";

export type {
  DemoData,
  SeedAssignment,
  SeedOfficial,
  SeedOfficialChange,
  SeedPosition,
  SeedSection,
  SeedUnit,
} from "./rows";

export const unitId = (code: string) => `demo-unit-${code}`;
export const positionId = (code: string, postKey: string) => `demo-pos-${code}-${postKey}`;
const sectionId = (code: string, sectionKey: string) => `demo-sec-${code}-${sectionKey}`;

/** Days on which staff (not structural) posts changed hands; each person gets one on or after their start of service. */
const STAFF_START_DATES = ["2021-01-04", "2021-07-01", "2022-01-03", "2023-01-02", "2024-01-02"].map(day);

/** The generation state shared by the units and the history written after them. */
export class DemoBuilder {
  readonly data: DemoData = {
    units: [],
    sections: [],
    positions: [],
    officials: [],
    assignments: [],
    officialChanges: [],
  };
  readonly people = new PeopleFactory();
  readonly positionsById = new Map<string, SeedPosition>();
  private readonly officialCounts = new Map<string, number>();
  private readonly assignmentCounts = new Map<string, number>();

  nextOfficialId(code: string): string {
    const count = (this.officialCounts.get(code) ?? 0) + 1;
    this.officialCounts.set(code, count);
    return `demo-off-${code}-${String(count).padStart(2, "0")}`;
  }

  /** Adds an assignment of `officialId` to the post; ids count up per official in the order recorded. */
  assign(
    officialId: string,
    position: SeedPosition,
    fields: { startDate: Date; endDate?: Date; endReason?: string } & Decree,
  ): void {
    const count = (this.assignmentCounts.get(officialId) ?? 0) + 1;
    this.assignmentCounts.set(officialId, count);
    this.data.assignments.push({
      id: `${officialId.replace("demo-off-", "demo-asg-")}-${count}`,
      officialId,
      positionId: position.id,
      unitId: position.unitId,
      startDate: fields.startDate,
      endDate: fields.endDate ?? null,
      decreeNumber: fields.decreeNumber,
      decreeDate: fields.decreeDate,
      endReason: fields.endReason ?? null,
      createdAt: SEEDED_AT,
    });
  }

  position(code: string, postKey: string): SeedPosition {
    const position = this.positionsById.get(positionId(code, postKey));
    if (!position) throw new Error(`demo data: no post ${postKey} in unit ${code}`);
    return position;
  }
}

export function buildDemoData(): DemoData {
  const builder = new DemoBuilder();
  for (const plan of UNIT_PLANS) addUnit(builder, plan);
  addHistory(builder);
  addScheduledChanges(builder);
  // Assignments sorted by official, then chronologically, so reading the rows reads each career.
  builder.data.assignments.sort(
    (a, b) => a.officialId.localeCompare(b.officialId) || a.startDate.getTime() - b.startDate.getTime(),
  );
  return builder.data;
}

function addUnit(builder: DemoBuilder, plan: UnitPlan): void {
  const { code } = plan;
  builder.data.units.push({
    id: unitId(code),
    code,
    name: plan.name,
    shortName: plan.shortName,
    level: plan.level,
    parentId: plan.parentCode ? unitId(plan.parentCode) : null,
    timeZone: plan.timeZone,
    supportStaffQuota: plan.supportStaffQuota,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  });
  if (!plan.staffing) return;

  const structure =
    plan.level === "PROVINCE"
      ? provinceStructure(plan.supportStaffQuota)
      : regencyStructure(plan.supportStaffQuota);
  addStructure(builder, code, structure);

  const random = createRandom(`unit-${code}`);
  const decrees = new DecreeBook(createRandom(`decrees-${code}`));
  for (const { post, employmentType } of filledSlots(structure, plan.staffing)) {
    const request: PersonRequest = {
      id: builder.nextOfficialId(code),
      unitId: unitId(code),
      sectionId: post.sectionKey ? sectionId(code, post.sectionKey) : null,
      profile: post.profile,
      field: post.field,
      culture: plan.culture,
      employmentType,
      named: plan.namedHolders[post.key],
    };
    const { official, serviceStart } = builder.people.create(random, request);
    builder.data.officials.push(official);

    const position = builder.position(code, post.key);
    if (post.level === "SUPERVISOR") {
      builder.assign(official.id, position, { startDate: PENGAWAS_INAUGURATION, ...PENGAWAS_DECREE });
    } else {
      const startDate = currentStart(random, post, plan, serviceStart);
      builder.assign(official.id, position, { startDate, ...decrees.issue(startDate, code) });
    }
  }
}

function addStructure(builder: DemoBuilder, code: string, structure: Structure): void {
  structure.sections.forEach((section, index) => {
    builder.data.sections.push({
      id: sectionId(code, section.key),
      unitId: unitId(code),
      parentId: section.parentKey ? sectionId(code, section.parentKey) : null,
      name: section.name,
      kind: section.kind,
      // Formasi: the ASN posts of the section itself (support staff count against the unit's own quota).
      staffQuota: structure.posts
        .filter((post) => post.sectionKey === section.key && post.kind !== "SUPPORT")
        .reduce((sum, post) => sum + post.quota, 0),
      sortOrder: index + 1,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    });
  });
  structure.posts.forEach((post, index) => {
    const position: SeedPosition = {
      id: positionId(code, post.key),
      unitId: unitId(code),
      sectionId: post.sectionKey ? sectionId(code, post.sectionKey) : null,
      title: post.title,
      kind: post.kind,
      level: post.level,
      quota: post.quota,
      sortOrder: index + 1,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    };
    builder.data.positions.push(position);
    builder.positionsById.set(position.id, position);
  });
}

function currentStart(random: Random, post: PostSpec, plan: UnitPlan, serviceStart: Date): Date {
  if (post.key === "sekretaris") return day(plan.headSince);
  if (post.level === "ADMINISTRATOR") return STRUCTURE_IN_FORCE;
  const candidates = STAFF_START_DATES.filter((date) => date >= serviceStart);
  return candidates.length ? random.pick(candidates) : serviceStart;
}
