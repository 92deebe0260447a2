import { describe, expect, it } from "vitest";
import { Rank } from "@/lib/generated/prisma/enums";
import {
  PANGKAT_NAMES,
  PNS_RANKS,
  PPPK_RANKS,
  RANK_LABELS,
  RANKS_BY_EMPLOYMENT,
  parseRankLabel,
  rankFitsEmployment,
  rankLabel,
  rankWithPangkat,
} from "@/lib/officials/ranks";

describe("rankLabel", () => {
  it.each([
    ["I_A", "I/a"],
    ["II_C", "II/c"],
    ["III_A", "III/a"],
    ["IV_E", "IV/e"],
    ["PPPK_I", "PPPK I"],
    ["PPPK_IX", "PPPK IX"],
    ["PPPK_XVII", "PPPK XVII"],
  ] as const)("%s → %s", (rank, label) => {
    expect(rankLabel(rank)).toBe(label);
  });

  it("labels every rank, each differently", () => {
    const labels = Object.values(Rank).map(rankLabel);
    expect(labels).toHaveLength(34);
    expect(new Set(labels).size).toBe(34);
    expect(RANK_LABELS).toEqual(
      Object.fromEntries(Object.values(Rank).map((rank) => [rank, rankLabel(rank)])),
    );
  });
});

describe("parseRankLabel", () => {
  it("reads back every label", () => {
    for (const rank of Object.values(Rank)) expect(parseRankLabel(rankLabel(rank))).toBe(rank);
  });

  it.each([
    ["iii/a", "III_A"],
    [" III / A ", "III_A"],
    ["III-a", "III_A"],
    ["IIIa", "III_A"],
    ["III_A", "III_A"],
    ["iv/E", "IV_E"],
    ["I/a", "I_A"],
    ["ii.d", "II_D"],
    ["pppk ix", "PPPK_IX"],
    ["PPPK-IX", "PPPK_IX"],
    ["PPPK 9", "PPPK_IX"],
    ["pppk17", "PPPK_XVII"],
    ["PPPK_V", "PPPK_V"],
  ])("tolerates %j", (label, rank) => {
    expect(parseRankLabel(label)).toBe(rank);
  });

  it.each(["V/a", "I/f", "III", "PPPK", "PPPK XVIII", "PPPK 18", "PPPK 0", "Penata", "", "3/a"])(
    "refuses %j",
    (label) => {
      expect(parseRankLabel(label)).toBeNull();
    },
  );
});

describe("pangkat", () => {
  it("names each PNS rank", () => {
    expect(Object.keys(PANGKAT_NAMES)).toEqual(PNS_RANKS);
    expect(PANGKAT_NAMES.I_A).toBe("Juru Muda");
    expect(PANGKAT_NAMES.II_A).toBe("Pengatur Muda");
    expect(PANGKAT_NAMES.III_C).toBe("Penata");
    expect(PANGKAT_NAMES.IV_A).toBe("Pembina");
    expect(PANGKAT_NAMES.IV_E).toBe("Pembina Utama");
  });

  it("goes with the label for PNS, not for PPPK", () => {
    expect(rankWithPangkat("III_C")).toBe("Penata (III/c)");
    expect(rankWithPangkat("IV_D")).toBe("Pembina Utama Madya (IV/d)");
    expect(rankWithPangkat("PPPK_IX")).toBe("PPPK IX");
  });
});

describe("ranks by employment type", () => {
  it("gives PNS the seventeen ranks I/a … IV/e and PPPK the seventeen grades, lowest first", () => {
    expect(PNS_RANKS.map(rankLabel)).toEqual([
      "I/a",
      "I/b",
      "I/c",
      "I/d",
      "II/a",
      "II/b",
      "II/c",
      "II/d",
      "III/a",
      "III/b",
      "III/c",
      "III/d",
      "IV/a",
      "IV/b",
      "IV/c",
      "IV/d",
      "IV/e",
    ]);
    expect(PPPK_RANKS).toHaveLength(17);
    expect(PPPK_RANKS[0]).toBe("PPPK_I");
    expect(PPPK_RANKS[16]).toBe("PPPK_XVII");
    expect(RANKS_BY_EMPLOYMENT.PNS).toBe(PNS_RANKS);
    expect(RANKS_BY_EMPLOYMENT.PPPK).toBe(PPPK_RANKS);
    expect(RANKS_BY_EMPLOYMENT.NON_ASN).toEqual([]);
  });

  it("tells which rank fits which employment type", () => {
    expect(rankFitsEmployment("III_A", "PNS")).toBe(true);
    expect(rankFitsEmployment("PPPK_IX", "PNS")).toBe(false);
    expect(rankFitsEmployment("PPPK_IX", "PPPK")).toBe(true);
    expect(rankFitsEmployment("III_A", "PPPK")).toBe(false);
    expect(rankFitsEmployment("II_A", "NON_ASN")).toBe(false);
    expect(rankFitsEmployment(null, "NON_ASN")).toBe(true);
    expect(rankFitsEmployment(null, "PNS")).toBe(true);
  });
});
