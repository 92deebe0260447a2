import { describe, expect, it } from "vitest";
import { pageParam } from "@/lib/validations/search-params";

describe("a list's page number from the query string", () => {
  it("reads a whole number from 1 to 99,999", () => {
    expect(pageParam.parse("1")).toBe(1);
    expect(pageParam.parse("12")).toBe(12);
    expect(pageParam.parse("99999")).toBe(99_999);
    // Repeated (`?page=2&page=5`): the first one counts, as for every list param.
    expect(pageParam.parse(["2", "5"])).toBe(2);
  });

  it("falls back to the first page for anything else", () => {
    for (const value of [undefined, "", " ", "0", "-1", "2.5", "1e3", "3abc", "100000", "٣", "2\u0000"])
      expect(pageParam.parse(value)).toBe(1);
  });
});
