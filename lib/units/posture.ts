/**
 * Staffing posture (posisi SDM) of one work unit, computed from plain inputs: no I/O, so it is the same
 * arithmetic for one unit page and a report snapshot. The posisi SDM table's figures are counted by the database
 * with the same rules (posture-figures.ts): change a rule in both; tests/integration/posture-figures.test.ts
 * compares them unit by unit.
 *
 * Quota semantics (docs/decisions/006-staffing-posture.md):
 * - Structural posts: a post is filled when its current holders reach its quota (1 for structural posts).
 * - ASN staff (active PNS and PPPK) count against the formasi of the section they are in (Official.sectionId),
 *   each section on its own (a Bagian's quota does not include its Sub Bagian). Staff in no section, such as the
 *   Sekretaris, count against the quota of the unit's posts that have no section (support posts excluded).
 *   The unit's ASN quota is Σ section quotas + Σ quotas of those unsectioned posts.
 * - Support staff (tenaga pendukung, active non-ASN) are counted apart, against WorkUnit.supportStaffQuota.
 */

export interface PostureSectionInput {
  id: string;
  name: string;
  staffQuota: number;
}

export interface PostureStructuralPostInput {
  id: string;
  title: string;
  sectionId: string | null;
  quota: number;
  /** Officials holding the post now (assignments without an end date). */
  holders: number;
}

export interface PostureInput {
  sections: PostureSectionInput[];
  /** Active (not abolished) structural posts. */
  structuralPosts: PostureStructuralPostInput[];
  /** Active ASN officials per section id; `null` for those in no section. */
  asnStaffBySection: ReadonlyMap<string | null, number>;
  /** Σ quota of the unit's active non-support posts that belong to no section. */
  unsectionedPostQuota: number;
  supportStaff: number;
  supportStaffQuota: number;
}

/** A head count against its quota: how many are missing (shortfall) or too many (excess). */
export interface QuotaCount {
  staff: number;
  quota: number;
  shortfall: number;
  excess: number;
}

export interface SectionPosture extends QuotaCount {
  sectionId: string;
  name: string;
}

export interface VacantPost {
  id: string;
  title: string;
  sectionId: string | null;
  /** Seats still to fill (quota − holders). */
  missing: number;
}

export interface StaffingPosture {
  structural: { total: number; filled: number; vacant: VacantPost[]; complete: boolean };
  asn: QuotaCount & { sections: SectionPosture[]; unsectioned: QuotaCount };
  support: QuotaCount;
}

export function countAgainstQuota(staff: number, quota: number): QuotaCount {
  const safeQuota = Math.max(0, quota);
  return {
    staff,
    quota: safeQuota,
    shortfall: Math.max(0, safeQuota - staff),
    excess: Math.max(0, staff - safeQuota),
  };
}

function structuralPosture(posts: PostureStructuralPostInput[]): StaffingPosture["structural"] {
  const vacant: VacantPost[] = [];
  for (const post of posts) {
    // A structural post always needs someone, even if its quota was entered as 0.
    const seats = Math.max(1, post.quota);
    if (post.holders < seats) {
      vacant.push({
        id: post.id,
        title: post.title,
        sectionId: post.sectionId,
        missing: seats - post.holders,
      });
    }
  }
  return { total: posts.length, filled: posts.length - vacant.length, vacant, complete: vacant.length === 0 };
}

export function computePosture(input: PostureInput): StaffingPosture {
  const knownSections = new Set(input.sections.map((section) => section.id));
  const sections = input.sections.map((section) => ({
    sectionId: section.id,
    name: section.name,
    ...countAgainstQuota(input.asnStaffBySection.get(section.id) ?? 0, section.staffQuota),
  }));
  // Staff whose section is not one of this unit's (moved records) are counted with the unsectioned, not lost.
  let unsectionedStaff = 0;
  for (const [sectionId, count] of input.asnStaffBySection) {
    if (sectionId === null || !knownSections.has(sectionId)) unsectionedStaff += count;
  }
  const unsectioned = countAgainstQuota(unsectionedStaff, input.unsectionedPostQuota);
  const asnStaff = sections.reduce((sum, section) => sum + section.staff, unsectioned.staff);
  const asnQuota = sections.reduce((sum, section) => sum + section.quota, unsectioned.quota);
  return {
    structural: structuralPosture(input.structuralPosts),
    asn: { ...countAgainstQuota(asnStaff, asnQuota), sections, unsectioned },
    support: countAgainstQuota(input.supportStaff, input.supportStaffQuota),
  };
}

/** The figures of a row in the province table, and of its totals row. */
export interface PostureFigures {
  structuralFilled: number;
  structuralTotal: number;
  structuralVacant: number;
  asn: QuotaCount;
  support: QuotaCount;
}

export function postureFigures(posture: StaffingPosture): PostureFigures {
  return {
    structuralFilled: posture.structural.filled,
    structuralTotal: posture.structural.total,
    structuralVacant: posture.structural.vacant.length,
    asn: {
      staff: posture.asn.staff,
      quota: posture.asn.quota,
      shortfall: posture.asn.shortfall,
      excess: posture.asn.excess,
    },
    support: posture.support,
  };
}

/**
 * The totals row: counts and quotas add up; shortfall and excess are summed per unit, because one unit's
 * surplus does not fill another unit's gap.
 */
export function sumFigures(rows: PostureFigures[]): PostureFigures {
  const addCounts = (a: QuotaCount, b: QuotaCount): QuotaCount => ({
    staff: a.staff + b.staff,
    quota: a.quota + b.quota,
    shortfall: a.shortfall + b.shortfall,
    excess: a.excess + b.excess,
  });
  const zero: QuotaCount = { staff: 0, quota: 0, shortfall: 0, excess: 0 };
  return rows.reduce<PostureFigures>(
    (total, row) => ({
      structuralFilled: total.structuralFilled + row.structuralFilled,
      structuralTotal: total.structuralTotal + row.structuralTotal,
      structuralVacant: total.structuralVacant + row.structuralVacant,
      asn: addCounts(total.asn, row.asn),
      support: addCounts(total.support, row.support),
    }),
    { structuralFilled: 0, structuralTotal: 0, structuralVacant: 0, asn: zero, support: zero },
  );
}
