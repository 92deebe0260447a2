/**
 * A change the demo shows as scheduled at first sign-in (perubahan terjadwal): a pelaksana of KPU Kabupaten
 * Sumbawa reaches the retirement age (batas usia pensiun, 58) in December 2026 and retires from 1 January 2027,
 * the first day of the following month; the secretary recorded it. Fixed dates keep the data set the same whatever
 * the clock says; once that day has come, the first request applies it and it becomes history.
 */
import type { DemoBuilder } from "./dataset";
import { SEEDED_AT, addDays, day } from "./dates";
import { DecreeBook } from "./decrees";
import { createRandom } from "./prng";
import { UNIT_PLANS } from "./units";

const RETIREMENT = {
  unit: "5204",
  post: "pelaksana-tp-hukum",
  born: { year: 1968, month: 12 },
  start: "2021-01-04",
  effective: "2027-01-01",
  scheduledBy: "sekkab.sumbawa",
  reason: "Pensiun (batas usia pensiun)",
};

export function addScheduledChanges(builder: DemoBuilder): void {
  const position = builder.position(RETIREMENT.unit, RETIREMENT.post);
  const plan = UNIT_PLANS.find((unit) => unit.code === RETIREMENT.unit);
  const { official } = builder.people.create(createRandom("scheduled"), {
    id: builder.nextOfficialId(RETIREMENT.unit),
    unitId: position.unitId,
    sectionId: position.sectionId,
    profile: "executor",
    field: "law",
    culture: plan?.culture ?? "general",
    employmentType: "PNS",
    born: RETIREMENT.born,
  });
  builder.data.officials.push(official);

  const effectiveDate = day(RETIREMENT.effective);
  const startDate = day(RETIREMENT.start);
  // The post ends the day before the TMT, as ending a service does; cancelling gives it back open-ended.
  builder.assign(official.id, position, {
    startDate,
    endDate: addDays(effectiveDate, -1),
    endReason: RETIREMENT.reason,
    ...new DecreeBook(createRandom("decrees-scheduled")).issue(startDate, RETIREMENT.unit),
  });
  const ended = builder.data.assignments.filter((assignment) => assignment.officialId === official.id);
  builder.data.officialChanges.push({
    id: `demo-chg-${RETIREMENT.unit}-01`,
    officialId: official.id,
    unitId: official.unitId,
    kind: "SERVICE_END",
    effectiveDate,
    status: "RETIRED",
    endedAssignments: ended.map((assignment) => ({ id: assignment.id, endDate: null, endReason: null })),
    reason: RETIREMENT.reason,
    createdById: `demo-user-${RETIREMENT.scheduledBy}`,
    createdAt: SEEDED_AT,
  });
}
