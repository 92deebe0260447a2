import { describe, expect, it } from "vitest";
import { unitFilterChoices } from "@/lib/units/unit-filter";

const unit = (code: string, level: "NATIONAL" | "PROVINCE" | "REGENCY_CITY", parentId: string | null) => ({
  id: `u-${code}`,
  code,
  shortName: `KPU ${code}`,
  level,
  parentId,
});
const nation = unit("RI", "NATIONAL", null);
const ntb = unit("52", "PROVINCE", nation.id);
const ntt = unit("53", "PROVINCE", nation.id);
const sumbawa = unit("5204", "REGENCY_CITY", ntb.id);
const kupang = unit("5301", "REGENCY_CITY", ntt.id);
const codes = (list: { code: string }[] | undefined) => list?.map((item) => item.code);

describe("the officials list's unit filter", () => {
  it("lists a province's units in one choice", () => {
    const choices = unitFilterChoices([ntb, sumbawa], null);
    expect(choices.regions).toBeUndefined();
    expect(codes(choices.units)).toEqual(["52", "5204"]);
    expect(choices.unitsAvailable).toBe(true);
  });

  it("offers a national scope its regions first, and no unit until one is chosen", () => {
    const choices = unitFilterChoices([nation, ntb, ntt, sumbawa, kupang], null);
    expect(codes(choices.regions)).toEqual(["RI", "52", "53"]);
    expect(choices.units).toEqual([]);
    expect(choices.unitsAvailable).toBe(false);
  });

  it("then lists the chosen province with its units, or the national unit alone", () => {
    const all = [nation, ntb, ntt, sumbawa, kupang];
    const regionOf = (...members: { id: string }[]) => ({ unitIds: members.map((unit) => unit.id) });
    expect(codes(unitFilterChoices(all, regionOf(ntb, sumbawa)).units)).toEqual(["52", "5204"]);
    expect(codes(unitFilterChoices(all, regionOf(nation)).units)).toEqual(["RI"]);
    expect(unitFilterChoices(all, regionOf(ntt, kupang)).unitsAvailable).toBe(true);
  });
});
