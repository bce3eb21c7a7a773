import { describe, expect, it } from "vitest";
import { isKnown, roundsHeldIn } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const held = kb.rounds.filter((r) => isKnown(r.place));
const cities = [...new Set(held.map((r) => (isKnown(r.place) ? (r.place.value.city.en ?? "") : "")))].filter(
  Boolean,
);
const unknownPlace = kb.rounds.some((r) => !isKnown(r.place));
const verdict = (q: string) => /^(Yes|No|Not recorded)\b/.exec(answerer.ask(q).text)?.[1];

describe("where the rounds were held, no round named", () => {
  it.each(cities)("'Was every round held in %s?' is No unless every recorded round was", (city) => {
    const all = roundsHeldIn(kb, city).length === held.length;
    expect(verdict(`Was every round held in ${city}?`)).toBe(
      all ? (unknownPlace ? "Not recorded" : "Yes") : "No",
    );
    expect(verdict(`were all the rounds held in ${city}?`)).toBe(
      all ? (unknownPlace ? "Not recorded" : "Yes") : "No",
    );
  });

  it("'…in every place on record?' is never No; with a round's place unknown it is not recorded", () => {
    const q = `Was every round held in ${cities.join(" or ")}?`;
    expect(verdict(q)).toBe(unknownPlace ? "Not recorded" : "Yes");
  });

  it("'held outside <every place on record>?' is No (a round of unknown place said); outside one of several is Yes", () => {
    const answer = answerer.ask(`was any round held outside ${cities.join(" and ")}?`);
    expect(answer.text).toMatch(/^No\b/);
    if (unknownPlace) expect(answer.text).toMatch(/not recorded/);
    if (cities.length > 1) expect(verdict(`has any round been held outside ${cities[0]}?`)).toBe("Yes");
  });

  it.each(cities)("'Was a round held in %s?' is Yes, naming each round held there", (city) => {
    const answer = answerer.ask(`Was a round held in ${city}?`);
    expect(answer.text).toMatch(/^Yes\b/);
    for (const r of roundsHeldIn(kb, city))
      expect(answer.text).toMatch(new RegExp(`\\b${r.number}(?:st|nd|rd|th)\\b`));
  });
});

describe("the rounds held outside a place", () => {
  it.each(cities)("'which rounds were held outside %s?' lists every round recorded elsewhere", (city) => {
    const elsewhere = held.filter((r) => !roundsHeldIn(kb, city).includes(r));
    const answer = answerer.ask(`which rounds were held outside ${city}?`);
    expect(answer.intent).toBe("rounds");
    for (const r of elsewhere) expect(answer.text).toMatch(new RegExp(`\\b${r.number}(?:st|nd|rd|th)\\b`));
    for (const r of roundsHeldIn(kb, city))
      expect(answer.text.split("\n")[0]).not.toMatch(new RegExp(`\\b${r.number}(?:st|nd|rd|th)\\b`));
  });
  it.each(cities)(
    "after the rounds of %s, 'which one wasn't?' and 「それ以外は？」 ask for the others",
    (city) => {
      const first = answerer.ask(`how many rounds were held in ${city}?`);
      const next = answerer.ask("which one wasn't?", first.context ? { context: first.context } : {});
      expect(next.title).toMatch(/outside/);
      const ja = answerer.ask(`${city}で開催された回は？`);
      expect(answerer.ask("それ以外は？", ja.context ? { context: ja.context } : {}).title).toMatch(/以外/);
    },
  );
});

describe("'every recorded round' and the rounds before a year", () => {
  it("'Was every recorded round held in <every place on record>?' is Yes", () => {
    expect(verdict(`Was every recorded round held in ${cities.join(" or ")}?`)).toBe("Yes");
  });
  it.each(held.flatMap((r) => (isKnown(r.date) ? [r.date.value.year + 1] : [])))(
    "the rounds held before %i",
    (year) => {
      const before = held.filter((r) => isKnown(r.date) && r.date.value.year < year);
      const answer = answerer.ask(`How many rounds took place before ${year}?`);
      expect(answer.intent).toBe("rounds");
      for (const r of before) expect(answer.text).toMatch(new RegExp(`\\b${r.number}(?:st|nd|rd|th)\\b`));
      expect(verdict(`were any rounds held before ${year}?`)).toBe(before.length > 0 ? "Yes" : "No");
    },
  );
  it("a round after the last on record is not recorded, asked any way", () => {
    const next = (kb.rounds.at(-1)?.number ?? 0) + 1;
    expect(verdict(`Where will round ${next} be held?`)).toBe("Not recorded");
    expect(verdict(`who co-chaired round ${next}?`)).toBe("Not recorded");
  });
});
