import { describe, expect, it } from "vitest";
import { roundSections } from "@/lib/supervision/round-sections";

describe("a report round read back section by section", () => {
  it("gives the written sections in report order and the findings as submitted", () => {
    const content = {
      summary: "Ringkasan awal",
      pointsRaised: "1. Perkuat koordinasi.",
      areas: [
        { area: "STAFFING", text: "Tenaga pendukung 11 orang.", items: [] },
        { area: "FINANCE", text: null, items: [{ label: "SPJ", result: "FINDING" }] },
        { area: "LEGAL", text: "   ", items: [] },
      ],
      findings: [
        {
          kind: "FINDING",
          area: "FINANCE",
          severity: "HIGH",
          description: "SPJ belum lengkap",
          recommendation: "Lengkapi SPJ",
        },
        {
          kind: "REQUEST",
          area: "STAFFING",
          severity: "MEDIUM",
          description: "Tambah tenaga",
          recommendation: null,
        },
      ],
      posture: null,
    };
    expect(roundSections(content)).toEqual({
      texts: [
        { section: "summary", text: "Ringkasan awal" },
        { section: "STAFFING", text: "Tenaga pendukung 11 orang." },
        { section: "points", text: "1. Perkuat koordinasi." },
      ],
      findings: [
        {
          kind: "FINDING",
          area: "FINANCE",
          severity: "HIGH",
          description: "SPJ belum lengkap",
          recommendation: "Lengkapi SPJ",
        },
        {
          kind: "REQUEST",
          area: "STAFFING",
          severity: "MEDIUM",
          description: "Tambah tenaga",
          recommendation: null,
        },
      ],
    });
  });

  it("reads content of another shape as empty rather than failing", () => {
    for (const content of [null, "teks", 3, [], { areas: "x", findings: [null, 1, { description: "" }] }]) {
      expect(roundSections(content)).toEqual({ texts: [], findings: [] });
    }
    // An area the report does not know is left out, not shown under a made-up label.
    expect(roundSections({ areas: [{ area: "UNKNOWN", text: "x" }] }).texts).toEqual([]);
  });
});
