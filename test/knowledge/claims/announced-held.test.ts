import { describe, expect, it } from "vitest";
import { isKnown, roundByNumber } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

/** Rounds announced for a city and recorded as held in a city. */
const cases = kb.rounds.flatMap((by) => {
  if (!isKnown(by.nextRoundAnnounced)) return [];
  const announced = by.nextRoundAnnounced.value;
  const target = roundByNumber(kb, announced.round);
  const planned = announced.place?.city.en;
  if (!target || !isKnown(target.place) || !isKnown(target.held) || !planned) return [];
  return [{ n: announced.round, planned, held: target.place.value.city.en ?? "" }];
});

describe("a claim that a round was announced for one city and held in another", () => {
  it.each(cases)("round $n (announced for $planned, held in $held)", ({ n, planned, held }) => {
    const verdict = (q: string) => answerer.ask(q).text.split(" ")[0];
    expect(verdict(`Round ${n} was announced for ${planned} and held in ${held}?`)).toBe("Yes");
    if (planned !== held) {
      expect(verdict(`Round ${n} was announced for ${planned} and held in ${planned}?`)).toBe("No");
      expect(verdict(`Round ${n} was announced for ${held} and held in ${held}?`)).toBe("No");
    }
  });
});
