/** The register's words as a KPU secretariat clerk reads them (issue 12): each line below was once wrong. */
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { PositionLevel } from "@/lib/generated/prisma/enums";
import { messagesFor } from "@/lib/i18n/messages";
import { beforeFullStop, sentence } from "@/lib/i18n/sentence";

const locales = ["id", "en"] as const;
const translators = Object.fromEntries(
  locales.map((locale) => [locale, createTranslator({ locale, messages: messagesFor(locale) })]),
) as Record<(typeof locales)[number], (key: string, values?: Record<string, string>) => string>;
const id = translators.id;

describe("a sentence that ends on a name", () => {
  it("ends with one full stop, the title's", () => {
    const name = "Baiq Nurul Aini, S.Kom.";
    for (const locale of locales) {
      const text = translators[locale]("officialRecord.errors.nipTakenBy", { name: beforeFullStop(name) });
      expect(text).toMatch(/S\.Kom\.$/);
      expect(text).not.toContain("..");
    }
    expect(beforeFullStop("Lalu Ahmad Zaini")).toBe("Lalu Ahmad Zaini");
    expect(beforeFullStop("Dra. Hj. Sri Wahyuni, M.Si. ")).toBe("Dra. Hj. Sri Wahyuni, M.Si");
  });

  it("sentence() adds a full stop only where none ends the text", () => {
    expect(sentence("Rapat ditutup")).toBe("Rapat ditutup.");
    expect(sentence("Dipimpin oleh Lalu Ahmad, S.Kom.")).toBe("Dipimpin oleh Lalu Ahmad, S.Kom.");
    expect(sentence("Siapa hadir? ")).toBe("Siapa hadir?");
  });
});

describe("register words", () => {
  it("the NIP panel says what the number means, not 'fill in the NIP'", () => {
    for (const key of ["officialRecord.nipPanel.title", "officialRecord.detail.nipEncodes"]) {
      expect(id(key)).not.toMatch(/^Isi\b/i);
      expect(id(key)).toContain("NIP");
    }
  });

  it("an official's section is 'Sub Bagian' in the list, its filter and the forms", () => {
    expect(id("officials.section")).toBe("Sub Bagian");
    expect(id("officialRecord.fields.sectionId")).toBe("Sub Bagian");
    expect(id("officials.filters.allSections")).toContain("Sub Bagian");
    expect(id("officialRecord.form.noSection")).toContain("Sub Bagian");
  });

  it("the end-of-service form names its field 'Status baru', not 'Menjadi'", () => {
    expect(id("officialRecord.endService.status")).toBe("Status baru");
  });

  it("the import hint lists PNS ranks from I/a, in both languages", () => {
    for (const locale of locales) {
      const hint = translators[locale]("import.format.Pangkat/Golongan");
      expect(hint).toMatch(/(^|\s)I\/a … IV\/e/);
      expect(hint).not.toContain("III/a …");
    }
  });

  it("post levels are named as posts, not as the people who hold them", () => {
    for (const namespace of ["units.postLevels", "appointments.postLevels"]) {
      for (const level of Object.values(PositionLevel).filter((level) => level !== "SUPPORT")) {
        expect(id(`${namespace}.${level}`)).toMatch(/^Jabatan /);
        expect(translators.en(`${namespace}.${level}`)).toMatch(/ post$/);
      }
    }
  });

  it("Cuti and Tugas belajar are two statuses", () => {
    for (const namespace of ["officials.statuses", "officialRecord.statuses"]) {
      expect(id(`${namespace}.ON_LEAVE`)).toBe("Cuti");
      expect(id(`${namespace}.STUDY_LEAVE`)).toBe("Tugas belajar");
    }
  });
});
