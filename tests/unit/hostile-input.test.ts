/**
 * Hostile and careless input against every mutation's schema, the list taken from the code (tests/support/
 * all-mutations.ts): arbitrary values give a validation result, never an exception (fast-check); a NUL byte in any
 * field is refused on that field; no date or whole-number field rewrites what was typed (issue 11, findings 6, 7).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { toFieldIssues } from "@/lib/actions/field-issues";
import { allMutations, mutationModules, shapeOf, type AnyMutation } from "../support/all-mutations";

let mutations: Map<string, AnyMutation>;
beforeAll(async () => {
  mutations = await allMutations();
}, 60_000);

const controlCharacter = fc
  .integer({ min: 0, max: 0x9f })
  .filter((code) => code < 0x20 || code >= 0x7f)
  .map((code) => String.fromCharCode(code));

/** Strings of every kind: ordinary, with control characters, huge, and the quirks forms have been sent. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.tuple(fc.string(), controlCharacter, fc.string()).map((parts) => parts.join("")),
  fc.nat({ max: 200_000 }).map((length) => "x".repeat(length)),
  fc.constantFrom(
    "",
    " ",
    "0x10",
    "1e3",
    "12.0",
    "-0",
    "NaN",
    "Infinity",
    "9999-12-31",
    "0085-03-04",
    "2026-02-30",
    "on",
    "true",
    "__proto__",
  ),
);

const hostileValue = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer(),
  fc.bigInt().map((value) => value),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constantFrom(undefined, null, {}, []),
  fc.array(hostileString, { maxLength: 5 }),
  fc.dictionary(fc.string(), hostileString, { maxKeys: 3 }),
);

/** An input object with any of the schema's fields (or none), plus stray ones. */
function inputs(fields: string[]) {
  const known = fc.record(Object.fromEntries(fields.map((field) => [field, hostileValue])), {
    requiredKeys: [],
  });
  return fc.oneof(
    known,
    fc
      .tuple(known, fc.dictionary(fc.string(), hostileValue, { maxKeys: 3 }))
      .map(([a, b]) => ({ ...b, ...a })),
    hostileValue,
  );
}

describe("every mutation's input schema", () => {
  it("is found in the code: every module that defines mutations gives at least one", () => {
    const modules = new Set([...mutations.keys()].map((name) => name.split("#")[0]));
    expect([...modules].sort()).toEqual(mutationModules().filter((file) => !FACTORIES.includes(file)));
    expect(mutations.size).toBeGreaterThan(50);
  });

  it("answers arbitrary input with a validation result, never an exception", () => {
    for (const [name, mutation] of mutations) {
      const fields = Object.keys(shapeOf(mutation.schema));
      fc.assert(
        fc.property(inputs(fields), (input) => {
          const result = mutation.schema.safeParse(input);
          if (!result.success) {
            expect(result.error.issues.length).toBeGreaterThan(0);
            toFieldIssues(result.error, input);
          }
        }),
        { numRuns: 60, seed: 11, endOnFailure: true, examples: [[{}], [undefined]] },
      );
      expect(name).toBeTruthy();
    }
  });

  it("refuses a NUL byte in any field, on that field", () => {
    const accepted: string[] = [];
    for (const [name, mutation] of mutations) {
      for (const field of Object.keys(shapeOf(mutation.schema))) {
        const input = { [field]: "Sekretariat\u0000KPU" };
        const result = mutation.schema.safeParse(input);
        const issues = result.success ? {} : toFieldIssues(result.error, input);
        // A list field is refused on the item: "teamIds.0".
        const refused = Object.keys(issues).some((key) => key === field || key.startsWith(`${field}.`));
        if (!refused) accepted.push(`${name}.${field}`);
      }
    }
    // Check boxes read any value as ticked: the NUL is never stored.
    expect(accepted.filter((field) => !CHECKBOXES.some((box) => field.endsWith(`.${box}`)))).toEqual([]);
  });

  it("never rewrites a date or a whole number: 9999-12-31, 0085-03-04, 2026-02-30, 0x10 and 1e3 are refused", () => {
    let dateFields = 0;
    let numberFields = 0;
    for (const [name, mutation] of mutations) {
      for (const [field, schema] of Object.entries(shapeOf(mutation.schema))) {
        const plausible = schema.safeParse("2020-06-15");
        if (plausible.success && plausible.data instanceof Date) {
          dateFields += 1;
          for (const value of ["9999-12-31", "0085-03-04", "2026-02-30", "2026-2-3", "15/06/2020"]) {
            expect(schema.safeParse(value).success, `${name}.${field} took ${value}`).toBe(false);
          }
        }
        const twelve = schema.safeParse("12");
        if (twelve.success && twelve.data === 12) {
          numberFields += 1;
          for (const value of ["0x10", "1e3", "12.0", "0b11", "１２", "12abc"]) {
            expect(schema.safeParse(value).success, `${name}.${field} took ${value}`).toBe(false);
          }
        }
      }
    }
    expect(dateFields).toBeGreaterThan(10);
    expect(numberFields).toBeGreaterThan(5);
  });
});

/** Modules that define mutations for others to export (a workflow's transitions). */
const FACTORIES = ["lib/workflow/transition-mutation.ts"];

/** Fields that are check boxes: present means ticked, whatever the value. */
const CHECKBOXES = ["attendanceRequired", "allBelow", "cascade", "confirmQuota", "confirmEarly"];
