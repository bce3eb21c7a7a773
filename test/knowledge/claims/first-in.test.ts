import { describe, expect, it } from "vitest";
import { isKnown, roundsHeldIn } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const verdict = (q: string) =>
  /^(Yes|No|Not recorded)\b|^(はい|いいえ|記録されていません)/.exec(answerer.ask(q).text)?.[0];
const cities = [
  ...new Set(
    kb.rounds.flatMap((r) => (isKnown(r.place) && r.place.value.city.en ? [r.place.value.city.en] : [])),
  ),
];

describe("a round said to be the first or last held in a city", () => {
  it.each(cities)("%s", (city) => {
    const there = roundsHeldIn(kb, city).map((r) => r.number);
    const first = Math.min(...there);
    const unknownBefore = (n: number) => kb.rounds.some((r) => r.number < n && !isKnown(r.place));
    for (const n of there) {
      const expected = n !== first ? "No" : unknownBefore(n) ? "Not recorded" : "Yes";
      expect(verdict(`Was round ${n} the first round held in ${city}?`)).toBe(expected);
      expect(verdict(`Round ${n} was in ${city}. Was it the first one there?`)).toBe(expected);
    }
    // a round held elsewhere is not the first held there
    const elsewhere = kb.rounds.find((r) => isKnown(r.place) && !there.includes(r.number));
    if (elsewhere)
      expect(verdict(`Was round ${elsewhere.number} the first round held in ${city}?`)).toBe("No");
  });
});
