import { describe, expect, it } from "vitest";
import {
  countAttendance,
  filterAttendees,
  isAttendanceMark,
  matchesAttendee,
  type Attendee,
} from "@/lib/attendance/roster";

const PEOPLE: Attendee[] = [
  {
    id: "a",
    name: "Dr. H. Suhardi Soud, S.H., M.H.",
    nip: "197805122005011003",
    unit: "KPU Provinsi NTB",
    status: "PRESENT_ONSITE",
  },
  {
    id: "b",
    name: "Baiq Rina Hartini, S.E.",
    nip: "198503042010122001",
    unit: "KPU Kota Mataram",
    status: "ABSENT",
  },
  { id: "c", name: "Lalu Hadi Suhardiman", organisation: "Bawaslu Provinsi NTB", status: "EXPECTED" },
  { id: "d", name: "Ni Made Ayu", nip: null, unit: "KPU Kabupaten Sumbawa", status: "PRESENT_ONLINE" },
];

const ids = (query: string) => filterAttendees(PEOPLE, query).map((person) => person.id);

describe("matchesAttendee", () => {
  it("finds a name whatever its titles and capitals", () => {
    expect(ids("suhardi soud")).toEqual(["a"]);
    expect(ids("SUHARDI")).toEqual(["a", "c"]);
    expect(ids("H. Suhardi Soud")).toEqual(["a"]);
    expect(ids("rina hartini, s.e.")).toEqual(["b"]);
  });

  it("finds a NIP typed as one run, in 8-6-1-3 groups, or a part of it", () => {
    expect(ids("197805122005011003")).toEqual(["a"]);
    expect(ids("19780512 200501 1 003")).toEqual(["a"]);
    expect(ids("20101220")).toEqual(["b"]);
  });

  it("finds the organisation of a stakeholder and the unit of an official", () => {
    expect(ids("bawaslu")).toEqual(["c"]);
    expect(ids("sumbawa")).toEqual(["d"]);
  });

  it("matches everyone on an empty or blank query, and nobody on a stranger", () => {
    expect(ids("")).toEqual(["a", "b", "c", "d"]);
    expect(ids("   ")).toEqual(["a", "b", "c", "d"]);
    expect(ids("Zulkarnain")).toEqual([]);
    expect(matchesAttendee(PEOPLE[3]!, "1978")).toBe(false);
  });
});

describe("countAttendance", () => {
  it("counts each status, present in either mode, and everyone", () => {
    expect(countAttendance(PEOPLE.map((person) => person.status))).toEqual({
      EXPECTED: 1,
      PRESENT_ONSITE: 1,
      PRESENT_ONLINE: 1,
      ABSENT: 1,
      present: 2,
      total: 4,
    });
  });

  it("is all zeros for nobody", () => {
    expect(countAttendance([])).toMatchObject({ present: 0, total: 0, EXPECTED: 0 });
  });
});

describe("isAttendanceMark", () => {
  it("accepts the three marks a person can be given, and not 'expected' or anything else", () => {
    expect(["PRESENT_ONSITE", "PRESENT_ONLINE", "ABSENT"].every(isAttendanceMark)).toBe(true);
    expect(isAttendanceMark("EXPECTED")).toBe(false);
    expect(isAttendanceMark("present")).toBe(false);
  });
});
