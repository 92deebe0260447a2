import { describe, expect, it } from "vitest";
import {
  DEFAULT_LIST_PARAMS,
  isCanonical,
  listHref,
  parseListParams,
  toSearchParams,
  withoutPaging,
} from "@/lib/officials/list-params";

describe("officials list params", () => {
  it("defaults to active officials by name, first page of 25", () => {
    expect(parseListParams({})).toEqual({ status: "ACTIVE", sort: "name", dir: "asc", page: 1, size: 25 });
    expect(DEFAULT_LIST_PARAMS).toEqual(parseListParams(new URLSearchParams()));
  });

  it("reads every param from a URL", () => {
    const params = parseListParams(
      new URLSearchParams(
        "q=suhardi&region=52&unit=5204&section=ckSection1&rank=III_A&type=PNS&status=all&sort=rank&dir=desc&page=3&size=100",
      ),
    );
    expect(params).toEqual({
      q: "suhardi",
      region: "52",
      unit: "5204",
      section: "ckSection1",
      rank: "III_A",
      type: "PNS",
      status: "all",
      sort: "rank",
      dir: "desc",
      page: 3,
      size: 100,
    });
  });

  it("drops each bad value on its own and keeps the good ones", () => {
    const params = parseListParams({
      q: "  Nurul  ",
      region: "<52>",
      unit: "52 04; drop table",
      rank: "III/a",
      type: "HONORER",
      status: "ASLEEP",
      sort: "salary",
      dir: "sideways",
      page: "-2",
      size: "33",
    });
    expect(params).toEqual({ q: "Nurul", status: "ACTIVE", sort: "name", dir: "asc", page: 1, size: 25 });
  });

  it.each([["abc"], ["1.5"], ["0"], ["1e9"], [""], ["0x10"], ["1e1"]])(
    "falls back to page 1 for %j",
    (page) => {
      expect(parseListParams({ page }).page).toBe(1);
    },
  );

  it("treats fields the GET form left empty as unset, and takes the first of repeated params", () => {
    expect(parseListParams({ q: "", region: "", unit: "", section: " ", rank: "", type: "" })).toEqual(
      DEFAULT_LIST_PARAMS,
    );
    expect(parseListParams(new URLSearchParams("q=first&q=second&size=50&size=100"))).toMatchObject({
      q: "first",
      size: 50,
    });
  });

  it("refuses an overlong search rather than running it", () => {
    expect(parseListParams({ q: "x".repeat(101) }).q).toBeUndefined();
  });

  it("writes back only what differs from the defaults, in a stable order", () => {
    const params = parseListParams({ size: "50", q: "nurul", status: "ACTIVE", page: "2" });
    expect(toSearchParams(params).toString()).toBe("q=nurul&page=2&size=50");
    expect(toSearchParams(DEFAULT_LIST_PARAMS).toString()).toBe("");
  });

  it("builds links that change some params and keep the rest", () => {
    const params = parseListParams({ q: "nurul", type: "PPPK", page: "4" });
    expect(listHref("/pegawai", params, { sort: "nip", dir: "desc", page: 1 })).toBe(
      "/pegawai?q=nurul&type=PPPK&sort=nip&dir=desc",
    );
    expect(listHref("/pegawai", DEFAULT_LIST_PARAMS)).toBe("/pegawai");
    expect(listHref("/x", params, { q: undefined })).toBe("/x?type=PPPK&page=4");
  });

  it("round-trips through the URL", () => {
    const params = parseListParams({ q: "19780512 200501", status: "RETIRED", sort: "unit", size: "100" });
    expect(parseListParams(toSearchParams(params))).toEqual(params);
  });

  it("leaves paging out of what an export carries", () => {
    const params = parseListParams({ q: "nurul", page: "3", size: "100", sort: "rank" });
    expect(toSearchParams(withoutPaging(params)).toString()).toBe("q=nurul&sort=rank");
  });

  it("knows a URL that says exactly its params from one that needs tidying", () => {
    const canonical = new URLSearchParams("q=nurul&status=all&page=2");
    expect(isCanonical(canonical, parseListParams(canonical))).toBe(true);
    expect(
      isCanonical(
        { page: "2", q: "nurul", status: "all" },
        parseListParams({ page: "2", q: "nurul", status: "all" }),
      ),
    ).toBe(true);
    expect(isCanonical({}, DEFAULT_LIST_PARAMS)).toBe(true);
    for (const query of [
      "q=&unit=&status=all",
      "status=ACTIVE",
      "q=+nurul+",
      "size=33",
      "utm=x",
      "q=a&q=b",
    ]) {
      const raw = new URLSearchParams(query);
      expect(isCanonical(raw, parseListParams(raw)), query).toBe(false);
    }
  });

  it("drops a search holding control characters rather than sending a NUL byte to the database", () => {
    expect(parseListParams({ q: "Nurul\u0000" }).q).toBeUndefined();
    expect(parseListParams({ q: "  Nurul  " }).q).toBe("Nurul");
  });
});
