import { describe, expect, it } from "vitest";
import { sortNameOf } from "@/lib/officials/names";

describe("sortNameOf", () => {
  it.each([
    ["Dr. H. Suhardi Soud, S.H., M.H.", "suhardi soud"],
    ["Lalu Wiradarma, S.E., M.M.", "lalu wiradarma"],
    ["Drs. H. Lalu Ahmad Zaini, M.Si.", "lalu ahmad zaini"],
    ["Dra. Siti Aisyah", "siti aisyah"],
    ["Hj. Baiq Nurul Hidayati, S.E.", "baiq nurul hidayati"],
    ["Prof. Dr. Ir. Budi Santoso, M.T.", "budi santoso"],
    ["Ir. Hadi Prasetyo, M.T.", "hadi prasetyo"],
    ["dr. Ni Made Ariani, Sp.A.", "ni made ariani"],
    ["drg. Rina Oktaviani", "rina oktaviani"],
    ["K.H. Zainal Hadi", "zainal hadi"],
    ["Ns. Eka Lestari, S.Kep.", "eka lestari"],
    ["Rina Kartini, A.Md.", "rina kartini"],
    ["Yoga Wibowo, S.Kom., M.Kom.", "yoga wibowo"],
    ["Fatimah, S.Pd.", "fatimah"],
    ["Rabiatul Apriani, S.Sos.", "rabiatul apriani"],
    ["Taufik Hasan, S.IP.", "taufik hasan"],
    ["Arif Kasim, A.Md.Ak.", "arif kasim"],
  ])("%s → %s", (input, expected) => {
    expect(sortNameOf(input)).toBe(expected);
  });

  it("strips prefixes written without spaces", () => {
    expect(sortNameOf("Dr.H.Suhardi Soud,S.H.,M.H.")).toBe("suhardi soud");
  });

  it("strips degrees written after the name without a comma", () => {
    expect(sortNameOf("Suhardi Soud S.H. M.H.")).toBe("suhardi soud");
  });

  it("keeps names that merely start like a title", () => {
    expect(sortNameOf("Hadi Irwan")).toBe("hadi irwan");
    expect(sortNameOf("Drajat Hidayat")).toBe("drajat hidayat");
    expect(sortNameOf("Irwan Hakim")).toBe("irwan hakim");
    expect(sortNameOf("Hjalmar Profitt")).toBe("hjalmar profitt");
  });

  it("keeps initials that are part of the name", () => {
    expect(sortNameOf("H.M. Taufik, S.E.")).toBe("m. taufik");
    expect(sortNameOf("Muhammad S. Hadi")).toBe("muhammad s. hadi");
    expect(sortNameOf("Yusuf M.")).toBe("yusuf m.");
  });

  it("keeps Sasak and Balinese name words (Lalu, Baiq, I, Ni)", () => {
    expect(sortNameOf("Lalu Muhammad Zaini")).toBe("lalu muhammad zaini");
    expect(sortNameOf("I Made Sudarma, S.E.")).toBe("i made sudarma");
  });

  it("collapses spaces and lower-cases", () => {
    expect(sortNameOf("  Baiq   Nurlaili ")).toBe("baiq nurlaili");
    expect(sortNameOf("LAHMUDDIN")).toBe("lahmuddin");
  });

  it("falls back to the whole text when nothing but titles is left", () => {
    expect(sortNameOf("Dr.")).toBe("dr.");
    expect(sortNameOf("")).toBe("");
  });
});
