import { describe, expect, it } from "vitest";
import { understand } from "../../fixture.ts";

const reading = (q: string) => {
  const r = understand(q).reading;
  if (!r) throw new Error("no reading");
  return r;
};
const words = (q: string, span?: { start: number; end: number }) =>
  span
    ? reading(q)
        .tokens.slice(span.start, span.end)
        .map((t) => t.text)
    : [];

describe("the reading", () => {
  it("lists every mention with its span: person, side, round", () => {
    const q = "Was Tobias Feakin the Japanese co-chair of round 3?";
    const r = reading(q);
    const person = r.mentions.find((m) => m.kind === "person");
    expect(person && "id" in person && person.id).toBe("feakin-tobias");
    expect(words(q, person?.span)).toEqual(["tobias", "feakin"]);
    const side = r.mentions.find((m) => m.kind === "side");
    expect(side && "side" in side && side.side).toBe("JP");
    const round = r.mentions.find((m) => m.kind === "round");
    expect(words(q, round?.span)).toEqual(["round", "3"]);
    expect(r.form).toMatchObject({ kind: "yesno", yesno: true });
  });
  it("dates with day, month and year; weekdays; places", () => {
    const q = "Was the 2nd round held on Monday 8 August 2016 in Tokyo?";
    const r = reading(q);
    expect(r.mentions).toContainEqual(
      expect.objectContaining({ kind: "date", year: 2016, month: 8, day: 8 }),
    );
    expect(r.mentions).toContainEqual(expect.objectContaining({ kind: "weekday", day: "monday" }));
    expect(r.mentions).toContainEqual(expect.objectContaining({ kind: "place", key: "tokyo", known: true }));
    // the digits of the date are not also loose numbers
    expect(r.mentions.filter((m) => m.kind === "number")).toEqual([]);
  });
  it("several claims in one tag question", () => {
    const r = reading("ok so r1 canberra, r2 tokyo, r3 canberra right?");
    expect(r.form).toMatchObject({ kind: "tag", several: true });
    expect(r.mentions.filter((m) => m.kind === "round")).toHaveLength(3);
    expect(r.mentions.filter((m) => m.kind === "place")).toHaveLength(2);
  });
  it("a question that stops early still has a reading, with no mentions", () => {
    const r = reading("help");
    expect(r.mentions).toEqual([]);
    expect(r.intent).toBe("unknown");
  });
});
