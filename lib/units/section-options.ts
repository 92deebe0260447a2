import type { SectionKind, UnitLevel } from "@/lib/generated/prisma/enums";

/** A regency/city secretariat has only Sub Bagian; the levels above have Bagian too. */
export function sectionKindsFor(level: UnitLevel): SectionKind[] {
  return level === "REGENCY_CITY" ? ["SUB_BAGIAN"] : ["BAGIAN", "SUB_BAGIAN"];
}

/** The Bagian a section may stand under: the unit's Bagian other than itself. */
export function bagianOptions(
  sections: { id: string; name: string; kind: SectionKind }[],
  exceptId?: string,
) {
  return sections
    .filter((s) => s.kind === "BAGIAN" && s.id !== exceptId)
    .map((s) => ({ value: s.id, label: s.name }));
}
