import { describe, expect, it } from "vitest";
import { editDistance, Speller } from "../../../src/knowledge/understand/fuzzy.ts";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps", () => {
    expect(editDistance("dialoge", "dialogue")).toBe(1);
    expect(editDistance("cheif", "chief")).toBe(1);
    expect(editDistance("agencys", "agencies")).toBe(2);
    expect(editDistance("abc", "xyz", 1)).toBe(2); // capped at max + 1
  });
});

describe("Speller", () => {
  const speller = new Speller(
    ["when", "where", "dialogue", "cochaired", "cochair", "agency", "agencies", "psia"],
    2,
    (w) => (w.startsWith("cochair") ? "cochairs" : w),
  );
  it("corrects typos toward the vocabulary", () => {
    expect(speller.correct("wen")).toBe("when");
    expect(speller.correct("dialoge")).toBe("dialogue");
    expect(speller.correct("agencys")).toBe("agency");
  });
  it("accepts a tie between words of one group, not between different words", () => {
    expect(speller.correct("cochaird")).toMatch(/^cochair/);
  });
  it("a word typed without its vowels is the word whose consonants it is ('whn' is 'when', not 'who')", () => {
    const wh = new Speller(["when", "who", "why", "what"]);
    expect(wh.correct("whn")).toBe("when");
    // a tie with no such word stays ambiguous
    expect(wh.correct("whx")).toBeUndefined();
  });
  it("keeps the first letter of short words", () => {
    expect(speller.correct("asia")).toBeUndefined();
  });
  it("leaves far-off words alone", () => {
    expect(speller.correct("weather")).toBeUndefined();
  });
  it("remembers a correction, and forgets what it remembered when a word is added", () => {
    const own = new Speller(["dialogue", "agency"]);
    expect(own.correct("dialgue")).toBe("dialogue");
    expect(own.correct("dialgue")).toBe("dialogue");
    expect(own.correct("weathr")).toBeUndefined();
    own.add("weather");
    expect(own.correct("weathr")).toBe("weather");
  });
});
