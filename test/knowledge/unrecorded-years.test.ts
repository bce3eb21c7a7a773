import { describe, expect, it } from "vitest";
import { isKnown } from "../../src/knowledge/queries.ts";
import { yearMayHoldUnrecordedRound } from "../../src/knowledge/unrecorded-years.ts";
import { kb } from "./fixture.ts";

const years = kb.rounds.flatMap((r) => (isKnown(r.date) ? [r.date.value.year] : []));
const first = Math.min(...years);
const last = Math.max(...years);

describe("a year in which a round not on record may have met", () => {
  it("not before the first round, which is the first", () => {
    expect(yearMayHoldUnrecordedRound(kb, first - 1)).toBe(false);
  });
  it("after the latest round on record, rounds are simply not recorded", () => {
    expect(yearMayHoldUnrecordedRound(kb, last + 1)).toBe(true);
  });
  it("between two consecutive rounds with recorded dates, none", () => {
    const sorted = [...kb.rounds].sort((a, b) => a.number - b.number);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const a = sorted[i];
      const b = sorted[i + 1];
      if (!a || !b || !isKnown(a.date) || !isKnown(b.date)) continue;
      if (b.date.value.year - a.date.value.year < 2) continue;
      const between = a.date.value.year + 1;
      const undated = kb.rounds.some((r) => !isKnown(r.date));
      if (!undated) expect(yearMayHoldUnrecordedRound(kb, between)).toBe(false);
    }
  });
  it("a round whose date is not recorded may have met between its neighbours", () => {
    const sorted = [...kb.rounds].sort((a, b) => a.number - b.number);
    const i = sorted.findIndex((r) => !isKnown(r.date));
    const before = sorted[i - 1];
    if (i <= 0 || !before || !isKnown(before.date)) return;
    expect(yearMayHoldUnrecordedRound(kb, before.date.value.year)).toBe(true);
  });
});
