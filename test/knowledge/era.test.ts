import { describe, expect, it } from "vitest";
import { gregorianYear, westernEraYears } from "../../src/knowledge/era.ts";
import { isKnown } from "../../src/knowledge/queries.ts";
import { answerer, kb } from "./fixture.ts";

describe("the Japanese era calendar", () => {
  it("gives the Gregorian year of an era's year, by either name", () => {
    expect(gregorianYear("平成", 28)).toBe(2016);
    expect(gregorianYear("Heisei", 1)).toBe(1989);
    expect(gregorianYear("reiwa", 5)).toBe(2023);
    expect(gregorianYear("明治", 5)).toBeUndefined();
    expect(westernEraYears("The Heisei 28 round — who co-chaired it?")).toBe(
      "The 2016 round — who co-chaired it?",
    );
    expect(westernEraYears("In Heisei terms")).toBe("In Heisei terms");
  });
  it("a round named by its era year is that round", () => {
    const round = kb.rounds.find(
      (r) => isKnown(r.date) && r.date.value.year >= 1989 && r.date.value.year < 2019,
    );
    if (!round || !isKnown(round.date)) return;
    const heisei = round.date.value.year - 1988;
    expect(answerer.ask(`The Heisei ${heisei} round — who co-chaired it?`).round).toBe(round.number);
  });
  it("the dialogue's agreement asked in era terms gives the era date", () => {
    expect(answerer.ask("In Heisei terms, what year was the dialogue agreed?").text).toMatch(
      /平成\d+年|Heisei \d+/,
    );
  });
});
