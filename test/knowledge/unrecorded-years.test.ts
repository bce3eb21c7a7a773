import { describe, expect, it } from "vitest";
import { monthName, ordinal } from "../../src/knowledge/answer/format.ts";
import { isKnown } from "../../src/knowledge/queries.ts";
import { yearMayHoldUnrecordedRound } from "../../src/knowledge/unrecorded-years.ts";
import { answerer, kb } from "./fixture.ts";

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

describe("a month between two consecutive rounds with recorded dates", () => {
  const sorted = [...kb.rounds].sort((a, b) => a.number - b.number);
  const pairs = sorted.flatMap((a, i) => {
    const b = sorted[i + 1];
    if (!b || b.number !== a.number + 1 || !isKnown(a.date) || !isKnown(b.date)) return [];
    const [da, db] = [a.date.value, b.date.value];
    if (da.month === undefined || db.month === undefined || da.approximate || db.approximate) return [];
    // the month after the earlier round, if it is still before the later one
    const next = da.month === 12 ? { year: da.year + 1, month: 1 } : { year: da.year, month: da.month + 1 };
    const before = next.year * 12 + next.month < db.year * 12 + db.month;
    return before ? [{ a: a.number, b: b.number, ...next }] : [];
  });
  it.each(pairs)(
    "between rounds $a and $b ($year-$month): none met, a No that says why",
    ({ year, month, a, b }) => {
      expect(yearMayHoldUnrecordedRound(kb, year, month)).toBe(false);
      const answer = answerer.ask(`Was there a round in ${monthName(month)} ${year}?`);
      expect(answer.text).toMatch(/^No\b/);
      expect(answer.text).toMatch(new RegExp(`${ordinal(a)} round.*${ordinal(b)}`));
    },
  );
});
