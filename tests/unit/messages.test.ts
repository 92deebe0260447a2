import { describe, expect, it } from "vitest";
import { CATALOGUE_FILES } from "@/lib/i18n/messages";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("Bahasa Indonesia and English have the same keys in every file", () => {
    for (const file of Object.keys(CATALOGUE_FILES.id)) {
      expect(keyPaths(CATALOGUE_FILES.en[file]).sort(), file).toEqual(
        keyPaths(CATALOGUE_FILES.id[file]).sort(),
      );
    }
  });

  it("no two files define the same namespace", () => {
    const namespaces = Object.values(CATALOGUE_FILES.id).flatMap((file) => Object.keys(file));
    expect(namespaces.length).toBe(new Set(namespaces).size);
  });

  it("no message is empty", () => {
    for (const locale of ["id", "en"] as const) {
      for (const file of Object.values(CATALOGUE_FILES[locale])) {
        const empties = keyPaths(file).filter((path) => {
          const value = path
            .split(".")
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], file);
          return typeof value === "string" && value.trim() === "";
        });
        expect(empties, locale).toEqual([]);
      }
    }
  });
});
