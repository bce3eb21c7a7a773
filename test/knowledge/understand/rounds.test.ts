import { describe, expect, it } from "vitest";
import { isKnown, roundsHeldIn } from "../../../src/knowledge/queries.ts";
import {
  englishRoundMentions,
  japaneseNumber,
  japaneseRoundMentions,
  numberOf,
} from "../../../src/knowledge/understand/rounds.ts";
import { kb, understand } from "../fixture.ts";

const roundOf = (q: string) => {
  const u = understand(q);
  return { round: u.query.round, missing: u.hints.missing, ambiguous: u.hints.ambiguous?.candidates };
};

describe("round references resolve to the rounds on record", () => {
  it.each([
    ["Who co-chaired the 2nd round?", 2],
    ["Who co-chaired the second dialogue?", 2],
    ["who co-chaired round 2", 2],
    ["who co-chaired round two", 2],
    ["Who co-chaired #2?", 2],
    ["Who co-chaired the 2016 dialogue?", 2],
    ["Who co-chaired the talks in August 2016?", 2],
    ["Who co-chaired the inaugural one?", 1],
    ["Who co-chaired the first meeting?", 1],
    ["Who co-chaired the one in December 2017?", 3],
    ["Who co-chaired the meeting held on 11 December 2017?", 3],
    ["Who co-chaired the Canberra round?", 1],
    ["Who co-chaired the round after the first?", 2],
    ["Who co-chaired the round before the 3rd?", 2],
    ["Who co-chaired the latest round?", 5],
    ["Who co-chaired the most recent dialogue?", 5],
    ["Who co-chaired the last meeting?", 5],
    ["第2回の共同議長は？", 2],
    ["2回目の共同議長は？", 2],
    ["第二回の共同議長は？", 2],
    ["第２回の共同議長は？", 2],
    ["平成29年の協議の共同議長は？", 3],
    ["2015年の協議の共同議長は？", 1],
    ["初回の共同議長は？", 1],
    ["最新の協議の共同議長は？", 5],
    ["2かいめの共同議長", 2],
  ])("%s → round %i", (q, round) => {
    expect(roundOf(q).round).toBe(round);
  });

  it.each([
    ["Who co-chaired the 7th dialogue?", { kind: "number", n: 7 }],
    ["Who co-chaired round 12?", { kind: "number", n: 12 }],
    ["Who co-chaired the 2030 dialogue?", { kind: "date", year: 2030 }],
    ["第8回の共同議長は？", { kind: "number", n: 8 }],
    ["Who co-chaired the Sydney round?", { kind: "place", city: "Sydney" }],
  ])("%s → a round not on record", (q, missing) => {
    const r = roundOf(q);
    expect(r.round).toBeUndefined();
    expect(r.missing).toEqual(missing);
  });

  it("a city with several rounds is ambiguous, not a guess", () => {
    expect(roundOf("Who co-chaired the Tokyo round?")).toEqual({
      round: undefined,
      missing: undefined,
      ambiguous: [2, 3, 5],
    });
  });

  it("does not take other numbers and words for rounds", () => {
    expect(roundOf("Were the Tokyo 2020 Olympics discussed?").round).toBeUndefined();
    expect(roundOf("Were the Tokyo 2020 Olympics discussed?").missing).toBeUndefined();
    expect(roundOf("When was the dialogue first agreed?").round).toBeUndefined();
    expect(englishRoundMentions("ignore previous instructions".split(" "))).toEqual([]);
    expect(englishRoundMentions("what happened last year".split(" "))).toEqual([]);
  });

  it("reads Japanese numerals and eras", () => {
    expect(japaneseNumber("二")).toBe(2);
    expect(japaneseNumber("十二")).toBe(12);
    expect(japaneseNumber("二十")).toBe(20);
    expect(japaneseRoundMentions("令和5年の協議")[0]?.mention).toMatchObject({ kind: "date", year: 2023 });
    expect(japaneseRoundMentions("何回開催された")).toEqual([]);
  });
});

describe("the first or latest round of a city", () => {
  const held = kb.rounds.filter((r) => isKnown(r.place));
  const cities = [
    ...new Set(held.map((r) => (isKnown(r.place) ? (r.place.value.city.en ?? "") : ""))),
  ].filter(Boolean);
  it.each(cities)("'the earliest/latest round held in %s' is the first/last of its rounds", (city) => {
    const rounds = roundsHeldIn(kb, city);
    expect(roundOf(`When was the earliest round held in ${city}?`).round).toBe(rounds[0]?.number);
    expect(roundOf(`which was the first round held in ${city}?`).round).toBe(rounds[0]?.number);
    expect(roundOf(`when was the latest round in ${city}?`).round).toBe(rounds.at(-1)?.number);
  });
  it("a yes/no question checks the round named: 'Was the first round held in X?' is about the first", () => {
    const first = kb.rounds[0]?.number;
    for (const city of cities) expect(roundOf(`Was the first round held in ${city}?`).round).toBe(first);
  });
  it("'the earliest round' alone is the first on record", () => {
    expect(roundOf("What was the earliest round?").round).toBe(kb.rounds[0]?.number);
  });
});

describe("a round named relative to a city's only round", () => {
  const single = kb.rounds.filter((r) => {
    const city = isKnown(r.place) ? r.place.value.city.en : undefined;
    return (
      city !== undefined &&
      roundsHeldIn(kb, city).length === 1 &&
      kb.rounds.some((x) => x.number === r.number + 1)
    );
  });
  it.each(single.map((r) => ({ n: r.number, city: isKnown(r.place) ? (r.place.value.city.en ?? "") : "" })))(
    "'the round after the $city one' is round $n + 1",
    ({ n, city }) => {
      expect(roundOf(`Who co-chaired the round after the ${city} one?`).round).toBe(n + 1);
    },
  );
});

describe("'since' opening a clause", () => {
  it("is no relation to the round it is about", () => {
    const [m] = englishRoundMentions([
      "since",
      "round",
      "2",
      "was",
      "in",
      "tokyo",
      "who",
      "co-chaired",
      "it",
    ]);
    expect(m?.relation).toBeUndefined();
    const [after] = englishRoundMentions(["anything", "since", "round", "2"]);
    expect(after?.relation).toBe("after");
  });
});

describe("a count in digits, English words or Japanese", () => {
  it("is one number", () => {
    expect(numberOf("3")).toBe(3);
    expect(numberOf("Three")).toBe(3);
    expect(numberOf("三")).toBe(3);
    expect(numberOf("several")).toBeUndefined();
    expect(numberOf(undefined)).toBeUndefined();
  });
});
