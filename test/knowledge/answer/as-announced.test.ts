import { describe, expect, it } from "vitest";
import { announcementOf, isKnown, samePlace } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const verdict = (q: string) => /^(Yes|No|Not recorded)\b/.exec(answerer.ask(q).text)?.[1];
const announcedAndHeld = kb.rounds.flatMap((r) => {
  const a = announcementOf(kb, r.number);
  return a && isKnown(r.date) && isKnown(r.place)
    ? [{ round: r, announced: a.announced, by: a.by.number }]
    : [];
});

describe("a round held as announced: the place, or the time when that is what is asked", () => {
  it.each(announcedAndHeld.map((x) => ({ n: x.round.number, ...x })))(
    "round $n",
    ({ n, round, announced, by }) => {
      if (!isKnown(round.date) || !isKnown(round.place)) return;
      if (announced.date) {
        const sameYear = announced.date.year === round.date.value.year;
        expect(verdict(`Was round ${n} held in the year round ${by} said it would be?`)).toBe(
          sameYear ? "Yes" : "No",
        );
      }
      if (announced.place) {
        const samePlaceAsAnnounced = samePlace(round.place.value, announced.place.city.en ?? "");
        expect(verdict(`Was round ${n} held where round ${by} said it would be?`)).toBe(
          samePlaceAsAnnounced ? "Yes" : "No",
        );
      }
    },
  );
});

describe("a round's date in the Japanese era calendar", () => {
  const dated = kb.rounds.filter((r) => isKnown(r.date));
  it.each(dated.map((r) => r.number))("round %i", (n) => {
    const round = kb.rounds.find((r) => r.number === n);
    if (!round || !isKnown(round.date)) return;
    const { year } = round.date.value;
    const era = year >= 2019 ? `令和${year - 2018 === 1 ? "元" : year - 2018}年` : `平成${year - 1988}年`;
    expect(answerer.ask(`Round ${n}'s date in the Japanese era calendar?`).text).toContain(era);
    expect(answerer.ask(`第${n}回は和暦で何年？`).text).toContain(era);
  });
});

describe("what no source gives: the venue, a head count", () => {
  it("the venue of a round is not recorded; its city is said", () => {
    const held = kb.rounds.find((r) => isKnown(r.place));
    if (!held || !isKnown(held.place)) return;
    const text = answerer.ask(
      `Which building or venue in ${held.place.value.city.en} hosted round ${held.number}?`,
    ).text;
    expect(text).toMatch(/venue \(building\) is not recorded/);
    expect(text).toContain(held.place.value.city.en ?? "");
  });
  it("how many individual officials attended is not recorded; 'how many agencies' is counted", () => {
    const listed = kb.rounds.find((r) => isKnown(r.participants.JP));
    if (!listed) return;
    expect(answerer.ask(`How many individual officials attended round ${listed.number}?`).text).toMatch(
      /^Not recorded/,
    );
    expect(answerer.ask(`how many agencies attended round ${listed.number}?`).text).not.toMatch(
      /^Not recorded/,
    );
  });
  it("two rounds named 'in the same city?' is checked", () => {
    const places = kb.rounds.filter((r) => isKnown(r.place));
    const [a, b] = places;
    if (!a || !b || !isKnown(a.place) || !isKnown(b.place)) return;
    const same = a.place.value.city.en === b.place.value.city.en;
    expect(answerer.ask(`Rounds ${a.number} and ${b.number} were in the same city?`).text).toMatch(
      same ? /^Yes\b/ : /^No\b/,
    );
  });
});

describe("'was it meant to be somewhere else?'", () => {
  const announced = kb.rounds.flatMap((r) =>
    isKnown(r.nextRoundAnnounced) && r.nextRoundAnnounced.value.place ? [r.nextRoundAnnounced.value] : [],
  );
  it.each(announced.map((a) => ({ n: a.round, city: a.place?.city.en ?? "" })))(
    "round $n: Yes when it was held elsewhere than announced, No when held as announced",
    ({ n, city }) => {
      const round = kb.rounds.find((r) => r.number === n);
      if (!round || !isKnown(round.place) || !isKnown(round.held)) return;
      const elsewhere = round.place.value.city.en !== city;
      expect(answerer.ask(`Was round ${n} originally meant to be somewhere else?`).text).toMatch(
        elsewhere ? /^Yes\b/ : /^No\b/,
      );
    },
  );
});
