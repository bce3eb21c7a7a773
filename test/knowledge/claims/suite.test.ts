import { describe, expect, it } from "vitest";
import { claimSuite } from "../../../src/knowledge/claims/suite.ts";
import { verdictOf } from "../../../src/knowledge/claims/verdict.ts";
import { answerer, kb } from "../fixture.ts";

const cases = claimSuite(kb);

describe("the claim suite generated from the knowledge base", () => {
  it("covers every kind of fact, true, false and unrecorded, in both languages", () => {
    for (const expect_ of ["yes", "no", "unrecorded"] as const) {
      expect(cases.filter((c) => c.expect === expect_ && c.locale === "en").length).toBeGreaterThan(20);
      expect(cases.filter((c) => c.expect === expect_ && c.locale === "ja").length).toBeGreaterThan(20);
    }
    for (const fact of [
      "held on",
      "weekday",
      "held in",
      "announced for",
      "press release",
      "co-chair",
      "attended by",
      "count",
      "list",
      "next round",
      "of organisation",
      "title at round",
      "announced round",
      "same weekday",
      "same place",
    ]) {
      expect(
        cases.some((c) => c.fact.includes(fact)),
        fact,
      ).toBe(true);
    }
  });

  it("never says Yes to a claim the record does not confirm, and gets every verdict right", () => {
    const wrong = cases
      .map((c) => ({ ...c, got: verdictOf(answerer.ask(c.q).text) }))
      .filter((c) => c.got !== c.expect);
    const falseYes = wrong.filter((c) => c.got === "yes");
    expect(falseYes.map((c) => `${c.q} (expected ${c.expect})`)).toEqual([]);
    expect(wrong.map((c) => `${c.q}: expected ${c.expect}, got ${c.got ?? "no verdict"}`)).toEqual([]);
  });
});
