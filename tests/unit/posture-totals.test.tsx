import fc from "fast-check";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuotaFigure } from "@/components/units/quota-status";
import { messagesFor } from "@/lib/i18n/messages";
import { computePosture, postureFigures, sumFigures, type QuotaCount } from "@/lib/units/posture";

function figureText(count: QuotaCount): string {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
      <QuotaFigure count={count} />
    </NextIntlClientProvider>,
  );
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/[▲▼✓]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A unit: sections with their quota and staff, plus the unsectioned seats. */
const unitArbitrary = fc.record({
  sections: fc.array(fc.record({ quota: fc.nat(30), staff: fc.nat(30) }), { maxLength: 5 }),
  unsectioned: fc.record({ quota: fc.nat(3), staff: fc.nat(3) }),
  support: fc.record({ quota: fc.nat(20), staff: fc.nat(20) }),
});

type Unit = typeof unitArbitrary extends fc.Arbitrary<infer T> ? T : never;

function figuresOf(unit: Unit) {
  return postureFigures(
    computePosture({
      sections: unit.sections.map((section, index) => ({
        id: `s${index}`,
        name: `S${index}`,
        staffQuota: section.quota,
      })),
      structuralPosts: [],
      asnStaffBySection: new Map<string | null, number>([
        ...unit.sections.map((section, index) => [`s${index}`, section.staff] as const),
        [null, unit.unsectioned.staff],
      ]),
      unsectionedPostQuota: unit.unsectioned.quota,
      supportStaff: unit.support.staff,
      supportStaffQuota: unit.support.quota,
    }),
  );
}

const addsUp = (count: QuotaCount) => count.quota - count.staff === count.shortfall - count.excess;

describe("posture totals add up", () => {
  it("the province row of issue 12: one unit over its quota shows its excess beside the others' shortage", () => {
    // Ten units short by 59 together, one unit one over: 113 staff against 171 seats.
    const total = sumFigures([
      {
        structuralFilled: 0,
        structuralTotal: 0,
        structuralVacant: 0,
        asn: { staff: 100, quota: 159, shortfall: 59, excess: 0 },
        support: { staff: 0, quota: 0, shortfall: 0, excess: 0 },
      },
      {
        structuralFilled: 0,
        structuralTotal: 0,
        structuralVacant: 0,
        asn: { staff: 13, quota: 12, shortfall: 0, excess: 1 },
        support: { staff: 0, quota: 0, shortfall: 0, excess: 0 },
      },
    ]);
    expect(total.asn).toEqual({ staff: 113, quota: 171, shortfall: 59, excess: 1 });
    expect(addsUp(total.asn)).toBe(true);
    expect(figureText(total.asn)).toBe("113 dari 171 kurang 59 lebih 1");
  });

  it("a unit at its quota says so, one short or over says which", () => {
    expect(figureText({ staff: 4, quota: 4, shortfall: 0, excess: 0 })).toBe("4 dari 4 sesuai kuota");
    expect(figureText({ staff: 3, quota: 4, shortfall: 1, excess: 0 })).toBe("3 dari 4 kurang 1");
    expect(figureText({ staff: 5, quota: 4, shortfall: 0, excess: 1 })).toBe("5 dari 4 lebih 1");
  });

  it("every unit's figures and every total: quota − staff = shortage − excess, and the staff and seats are summed", () => {
    fc.assert(
      fc.property(fc.array(unitArbitrary, { maxLength: 12 }), (units) => {
        const rows = units.map(figuresOf);
        const total = sumFigures(rows);
        for (const figures of [...rows, total]) {
          expect(addsUp(figures.asn)).toBe(true);
          expect(addsUp(figures.support)).toBe(true);
        }
        const staff = units.reduce(
          (sum, unit) => sum + unit.unsectioned.staff + unit.sections.reduce((s, x) => s + x.staff, 0),
          0,
        );
        expect(total.asn.staff).toBe(staff);
        // Each unit's shortage stays its own: the total shortage is never less than the plain difference.
        expect(total.asn.shortfall).toBeGreaterThanOrEqual(Math.max(0, total.asn.quota - total.asn.staff));
      }),
    );
  });
});
