import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../../src/knowledge/answer-types.ts";
import { resolveThere } from "../../../src/knowledge/conversation/there.ts";
import { isKnown, roundsHeldIn } from "../../../src/knowledge/queries.ts";
import { kb } from "../fixture.ts";
import { converse } from "./converse.ts";

const held = kb.rounds.filter((r) => isKnown(r.place));
const cities = [...new Set(held.map((r) => (isKnown(r.place) ? (r.place.value.city.en ?? "") : "")))].filter(
  Boolean,
);
const context = (place: string): TurnContext => ({
  query: { intent: "when_where", round: 1 },
  locale: "en",
  place,
});

describe("'there': the place the previous turn was about", () => {
  it.each([
    ["which round was held there?", "which round was held in Tokyo?"],
    ["was round 3 there too?", "was round 3 in Tokyo too?"],
    ["was it in there?", "was it in Tokyo?"],
  ])("%s → %s", (q, expected) => {
    expect(resolveThere(kb, q, context("Tokyo"))).toBe(expected);
  });

  it.each([
    "was there a round in 2019?",
    "how many rounds were there?",
    "has there been one since?",
    "therefore?",
  ])("the existential 'there' stays: %s", (q) => {
    expect(resolveThere(kb, q, context("Tokyo"))).toBe(q);
  });

  it("そこ is the place's Japanese name; nothing changes without a place", () => {
    expect(resolveThere(kb, "そこで開催された回は？", context("Tokyo"))).toBe("東京で開催された回は？");
    expect(
      resolveThere(kb, "which round was held there?", { query: { intent: "rounds" }, locale: "en" }),
    ).toBe("which round was held there?");
  });

  it.each(cities)(
    "after an off-topic question naming %s, 'which round was held there?' lists its rounds",
    (city = "") => {
      const [first, next] = converse([
        `What's a good hotel in ${city}?`,
        "ok, then which round was held there?",
      ]);
      expect(first?.intent).toBe("unknown");
      for (const round of roundsHeldIn(kb, city))
        expect(next?.text).toMatch(new RegExp(`\\b${round.number}(?:st|nd|rd|th)\\b`));
    },
  );

  it.each(held.map((r) => r.number))("after where round %i was held, 'there' is where it was held", (n) => {
    const [first, next] = converse([`where was round ${n} held?`, "which other rounds were held there?"]);
    const round = kb.rounds.find((r) => r.number === n);
    const city = (round && isKnown(round.place) ? round.place.value.city.en : "") ?? "";
    expect(first?.context?.place).toBe(city);
    expect(next?.intent).toBe("rounds");
    for (const other of roundsHeldIn(kb, city)) expect(next?.text).toContain(`${other.number}`);
  });
});

describe("'did it actually happen there?'", () => {
  it("'there' is where the round was announced for", () => {
    const announced = kb.rounds.flatMap((r) =>
      isKnown(r.nextRoundAnnounced) && r.nextRoundAnnounced.value.place
        ? [{ n: r.nextRoundAnnounced.value.round, city: r.nextRoundAnnounced.value.place.city.en ?? "" }]
        : [],
    );
    for (const { n, city } of announced) {
      const context = {
        query: { intent: "when_where" as const, round: n },
        locale: "en" as const,
        place: "Elsewhere",
      };
      expect(resolveThere(kb, "Did it actually happen there?", context)).toContain(city);
      expect(resolveThere(kb, "Was round 1 held there too?", context)).toContain("Elsewhere");
    }
  });
});

describe("'there' after a question about one round", () => {
  it("is that meeting when what is asked is of the meeting; the city when rounds are asked", () => {
    const context = {
      query: { intent: "when_where" as const, round: 2 },
      locale: "en" as const,
      place: "Tokyo",
    };
    expect(resolveThere(kb, "what was on the agenda there?", context)).toBe(
      "what was on the agenda at round 2?",
    );
    expect(resolveThere(kb, "How many rounds were held there?", context)).toContain("in Tokyo");
  });
  it("'which ones?' after a count of the rounds held in a city lists them", () => {
    const city = kb.rounds.find((r) => isKnown(r.place))?.place;
    if (!city || !isKnown(city) || !city.value.city.en) return;
    const [, which] = converse([`How many rounds were held in ${city.value.city.en}?`, "Which ones?"]);
    expect(which?.intent).toBe("rounds");
    for (const r of roundsHeldIn(kb, city.value.city.en))
      expect(which?.text).toMatch(new RegExp(`\\b${r.number}(?:st|nd|rd|th)\\b`));
  });
});
