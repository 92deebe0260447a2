import { describe, expect, it } from "vitest";
import { stakeholderNameKey } from "@/lib/stakeholders/name-key";

describe("stakeholderNameKey", () => {
  it("compares names without case, accents, punctuation or a leading common word", () => {
    expect(stakeholderNameKey("Kantor Bawaslu Kab. Sumbawa")).toBe(stakeholderNameKey("BAWASLU Kab Sumbawa"));
    expect(stakeholderNameKey("Bawaslu Kabupaten Sumbawa")).toBe("bawaslu kabupaten sumbawa");
    expect(stakeholderNameKey("Universitas Mataram")).not.toBe(
      stakeholderNameKey("Universitas Mataram Baru"),
    );
  });

  it("reads letters written one by one as one word, however they are separated", () => {
    const key = stakeholderNameKey("Polda NTB");
    for (const name of ["Polda N.T.B.", "POLDA N. T. B.", "Polda N-T-B", "polda ntb"])
      expect(stakeholderNameKey(name)).toBe(key);
    expect(key).toBe("polda ntb");
    // A single letter next to a word stays apart.
    expect(stakeholderNameKey("Kodim 1608 A Bima")).toBe("kodim 1608 a bima");
  });
});
