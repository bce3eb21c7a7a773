import { describe, expect, it } from "vitest";
import { findRounds, findSide } from "../../../../src/knowledge/understand/steps/find-rounds.ts";
import { scanUpTo } from "./helpers.ts";

const rounds = (q: string) => scanUpTo(q, findRounds).scan.roundMentions.map((m) => m.mention);

describe("step: rounds", () => {
  it("finds rounds by number, ordinal, short form and in Japanese", () => {
    expect(rounds("co-chairs of round 3")).toMatchObject([{ kind: "number", n: 3 }]);
    expect(rounds("the 2nd meeting")).toMatchObject([{ kind: "number", n: 2 }]);
    expect(rounds("r1 canberra, r2 tokyo")).toMatchObject([
      { kind: "number", n: 1 },
      { kind: "number", n: 2 },
    ]);
    expect(rounds("第3回はいつ？")).toMatchObject([{ kind: "number", n: 3 }]);
  });
  it("reads full dates with their day, in either order, with the span of the words", () => {
    const { scan } = scanUpTo("Was it held on 8 August 2016?", findRounds);
    expect(scan.roundMentions[0]?.mention).toMatchObject({ kind: "date", year: 2016, month: 8, day: 8 });
    expect(scan.roundMentions[0]?.span).toEqual({ start: 4, end: 7 });
    expect(rounds("held on August 2, 2016")[0]).toMatchObject({ year: 2016, month: 8, day: 2 });
    expect(rounds("held in August 2016")[0]).not.toHaveProperty("day");
  });
  it("finds no round in a question without one", () => {
    expect(rounds("who is the ambassador for cyber affairs?")).toEqual([]);
    expect(rounds("what happened last year")).toEqual([]);
    // a day of a month is no round: "the 3rd of August", "the second of August"
    expect(rounds("was it on the 3rd of August?")).toEqual([]);
    expect(rounds("was it on the second of August?")).toEqual([]);
    expect(rounds("was the 3rd round on the 11th of December?")).toMatchObject([{ kind: "number", n: 3 }]);
  });
});

describe("step: side", () => {
  const side = (q: string) => scanUpTo(q, findSide).scan.side;
  it("finds the side named", () => {
    expect(side("Who was the Australian co-chair of round 2?")).toBe("AU");
    expect(side("日本側の共同議長は？")).toBe("JP");
  });
  it("a country named only as the place is not a side", () => {
    expect(side("Which round was held in Australia?")).toBeUndefined();
    expect(side("who co-chaired round 2")).toBeUndefined();
  });
});
