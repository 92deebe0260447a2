import { describe, expect, it } from "vitest";
import { narrowsByTrigram, searchTerms } from "@/lib/officials/search-terms";

describe("what an officials search asks for", () => {
  it("reads a whole NIP, grouped or not, as the NIP and digits alone as a fragment", () => {
    expect(searchTerms("19780512 200501 1 003")).toEqual({ nip: "197805122005011003" });
    expect(searchTerms("1978-05")).toEqual({ nipFragment: "197805" });
    expect(searchTerms(" - ")).toBeNull();
    expect(searchTerms("   ")).toBeNull();
  });

  it("reads words of the name without titles, LIKE wildcards escaped", () => {
    expect(searchTerms("Dr. Suhardi  SOUD")).toEqual({ namePatterns: ["suhardi", "soud"] });
    expect(searchTerms("50%_a")).toEqual({ namePatterns: ["50\\%\\_a"] });
  });
});

describe("whether the trigram index narrows a search", () => {
  it("does for a word of the name of three characters or more", () => {
    expect(narrowsByTrigram("suhardi")).toBe(true);
    expect(narrowsByTrigram("an sri")).toBe(true);
  });

  it("does not for short words, escaped wildcards, NIPs whole or in part, or no search", () => {
    expect(narrowsByTrigram("an i")).toBe(false);
    expect(narrowsByTrigram("a_")).toBe(false);
    expect(narrowsByTrigram("%%")).toBe(false);
    expect(narrowsByTrigram("19780512")).toBe(false);
    expect(narrowsByTrigram("197805122005011003")).toBe(false);
    expect(narrowsByTrigram(undefined)).toBe(false);
    expect(narrowsByTrigram("")).toBe(false);
  });
});
