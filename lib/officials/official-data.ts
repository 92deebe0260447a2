import { sortNameOf } from "./names";
import type { OfficialInput } from "./schemas";

/** The columns a form or an import row writes; `sortName` follows the name on every write. */
export function officialData(input: OfficialInput) {
  return {
    name: input.name,
    sortName: sortNameOf(input.name),
    nip: input.nip,
    gender: input.gender,
    birthDate: input.birthDate,
    birthPlace: input.birthPlace ?? null,
    employmentType: input.employmentType,
    rank: input.rank ?? null,
    // Only the form sends it; an import row without it keeps what is stored.
    ...(input.religion ? { religion: input.religion } : {}),
    status: input.status,
    unitId: input.unitId,
    sectionId: input.sectionId ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
  };
}
