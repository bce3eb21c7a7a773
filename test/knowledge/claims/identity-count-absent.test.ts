/** Claims found in the fifth held-out round's first run, tested in other phrasings with data-derived expectations. */
import { describe, expect, it } from "vitest";
import { cochairsOf, isKnown, participantCount } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const verdict = (q: string) => /^(Yes|Not recorded|No)\b/.exec(answerer.ask(q).text)?.[1];
const numbers = kb.rounds.map((r) => r.number);
const [first, latest] = [Math.min(...numbers), Math.max(...numbers)];
const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

describe("a round said to be the first or the latest", () => {
  it.each(kb.rounds.map((r) => r.number))("round %i", (n) => {
    expect(verdict(`Was round ${n} the inaugural meeting?`)).toBe(n === first ? "Yes" : "No");
    expect(verdict(`Is round ${n} the latest one?`)).toBe(n === latest ? "Yes" : "No");
  });
});

describe("a count written in words is a count, not a name", () => {
  it("'Were ten Japanese agencies at round 2?' checks the recorded count", () => {
    for (const round of kb.rounds) {
      const count = participantCount(kb, round, "JP");
      if (!count.known || !count.complete || count.total >= WORDS.length) continue;
      expect(verdict(`Were ${WORDS[count.total]} Japanese agencies at round ${round.number}?`)).toBe("Yes");
      expect(
        verdict(`Were ${WORDS[count.total + 1] ?? "thirteen"} Japanese agencies at round ${round.number}?`),
      ).toBe("No");
    }
  });
});

describe("a round named, then 'co-chaired by X': a claim about that round, not a description of another", () => {
  it("'The first round was co-chaired by <the 3rd round's co-chair>, right?' is No", () => {
    const chairs = kb.rounds.map((r) => cochairsOf(kb, r).find((c) => c.side === "JP")?.person);
    const other = chairs.find((p, i) => i > 0 && p && p.id !== chairs[0]?.id);
    const surname = other?.name.en?.split(" ").at(-1);
    if (!surname) throw new Error("the fixture has another Japanese co-chair after the 1st round's");
    expect(verdict(`The first round was co-chaired by ${surname}, right?`)).toBe("No");
  });
});

describe("'skip' asserts not attending", () => {
  it("'Did X skip round N?' is No when X is on the round's list", () => {
    const round = kb.rounds.find(
      (r) => isKnown(r.participants.JP) && r.participants.JP.value.organisations.length > 0,
    );
    const id =
      round && isKnown(round.participants.JP) ? round.participants.JP.value.organisations[0] : undefined;
    const acronym = id ? kb.organisations.get(id)?.acronym : undefined;
    if (!round || !acronym) throw new Error("the fixture has a listed organisation with an acronym");
    expect(verdict(`Did ${acronym} skip round ${round.number}?`)).toBe("No");
  });
});

describe("'held in X even though Y had been announced'", () => {
  it("checks X as where it was held and Y as what was announced", () => {
    const round = kb.rounds.find((r) => {
      const a = kb.rounds.find(
        (b) => isKnown(b.nextRoundAnnounced) && b.nextRoundAnnounced.value.round === r.number,
      );
      return a && isKnown(r.place) && a && isKnown(a.nextRoundAnnounced) && a.nextRoundAnnounced.value.place;
    });
    const by =
      round &&
      kb.rounds.find(
        (b) => isKnown(b.nextRoundAnnounced) && b.nextRoundAnnounced.value.round === round.number,
      );
    if (
      !round ||
      !isKnown(round.place) ||
      !by ||
      !isKnown(by.nextRoundAnnounced) ||
      !by.nextRoundAnnounced.value.place
    )
      throw new Error("the fixture has a round with a place and an announced place");
    const held = round.place.value.city.en;
    const announced = by.nextRoundAnnounced.value.place.city.en;
    expect(
      verdict(`Round ${round.number} was held in ${held} even though ${announced} had been announced?`),
    ).toBe("Yes");
  });
});
