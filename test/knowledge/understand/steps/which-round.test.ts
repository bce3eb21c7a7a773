import { describe, expect, it } from "vitest";
import { isKnown } from "../../../../src/knowledge/queries.ts";
import { whichRound } from "../../../../src/knowledge/understand/steps/which-round.ts";
import { kb } from "../../fixture.ts";
import { scanUpTo } from "./helpers.ts";

describe("step: which round", () => {
  it("resolves a numbered round and a span of rounds", () => {
    expect(scanUpTo("Who co-chaired round 2?", whichRound).scan.query.round).toBe(2);
    const { scan } = scanUpTo("Who co-chaired rounds 1 to 3?", whichRound);
    expect(scan.hints.rounds).toEqual([1, 2, 3].filter((n) => kb.rounds.some((r) => r.number === n)));
  });
  it("reads a span counted from the first round or back from the latest", () => {
    const numbers = kb.rounds.map((r) => r.number);
    const latest = Math.max(...numbers);
    const rounds = (q: string) => scanUpTo(q, whichRound).scan.hints.rounds;
    expect(rounds("Who co-chaired for Australia at each of the first three rounds?")).toEqual(
      numbers.filter((n) => n <= 3),
    );
    expect(rounds("最初の3回の共同議長は？")).toEqual(numbers.filter((n) => n <= 3));
    expect(rounds("Where were the last two rounds held?")).toEqual(numbers.filter((n) => n >= latest - 1));
    expect(rounds("直近の2回はどこで開催された？")).toEqual(numbers.filter((n) => n >= latest - 1));
    // one round is no span; "the first round" is the first round
    expect(rounds("Who co-chaired the first round?")).toBeUndefined();
    expect(scanUpTo("Who co-chaired the first round?", whichRound).scan.query.round).toBe(1);
  });
  it("a list of rounds over a span of years, or the rounds of a span of numbers", () => {
    const { scan } = scanUpTo("How many rounds were held between 2015 and 2017?", whichRound);
    expect(scan.hints.heldAfter).toEqual({ year: 2015, inclusive: true });
    expect(scan.hints.heldBefore).toEqual({ year: 2017, inclusive: true });
    const dates = scanUpTo("Give me the dates of rounds 1 through 3.", whichRound).scan;
    expect(dates.intent).toBe("when_where");
    expect(dates.hints.rounds).toEqual(kb.rounds.map((r) => r.number).filter((n) => n <= 3));
  });
  it("resolves a round by its recorded outcome", () => {
    const withStatement = kb.rounds.find(
      (r) => isKnown(r.outcome) && /statement/i.test(r.outcome.value.en ?? ""),
    );
    const { scan } = scanUpTo("Who co-chaired the dialogue that issued a joint statement?", whichRound);
    expect(scan.query.round).toBe(withStatement?.number);
  });
  it("'did the 2016 release say where the 3rd would be?': the 3rd is the round announced, the year's round said it", () => {
    const announcer = kb.rounds.find((r) => isKnown(r.nextRoundAnnounced) && isKnown(r.date));
    if (!announcer || !isKnown(announcer.nextRoundAnnounced) || !isKnown(announcer.date))
      throw new Error("the fixture has a dated round that announced the next");
    const target = announcer.nextRoundAnnounced.value.round;
    const ordinal = `${target}${target === 1 ? "st" : target === 2 ? "nd" : target === 3 ? "rd" : "th"}`;
    const { scan } = scanUpTo(
      `Did the ${announcer.date.value.year} release say where the ${ordinal} would be?`,
      whichRound,
    );
    expect(scan.query.round).toBe(announcer.number);
    expect(scan.hints.announcedRound).toBe(target);
    expect(scan.hints.conflict).toBeUndefined();
  });
  it("'what was announced for round N?' is the round announced; 'at round N' the round that announced", () => {
    const announcer = kb.rounds.find((r) => isKnown(r.nextRoundAnnounced));
    if (!announcer || !isKnown(announcer.nextRoundAnnounced))
      throw new Error("the fixture has an announcement");
    const target = announcer.nextRoundAnnounced.value.round;
    const { scan } = scanUpTo(`what was announced for round ${target}?`, whichRound);
    expect(scan.hints.announcedRound).toBe(target);
    expect(scan.query.round).toBe(announcer.number);
  });
  it("a round that is not on record is missing, not another round", () => {
    const n = Math.max(...kb.rounds.map((r) => r.number)) + 3;
    const { scan } = scanUpTo(`Who co-chaired round ${n}?`, whichRound);
    expect(scan.query.round === n || scan.hints.missing !== undefined).toBe(true);
  });
  it("no round for questions about no round", () => {
    expect(scanUpTo("What does NISC stand for?", whichRound).scan.query.round).toBeUndefined();
  });
});

describe("step: which round, by the weekday it met", () => {
  const byDay = new Map<string, number[]>();
  for (const r of kb.rounds) {
    if (!isKnown(r.date) || r.date.value.precision !== "day" || r.date.value.approximate) continue;
    const { year, month, day } = r.date.value;
    const name = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)).toLocaleDateString("en-GB", {
      weekday: "long",
      timeZone: "UTC",
    });
    byDay.set(name, [...(byDay.get(name) ?? []), r.number]);
  }
  it.each([...byDay].map(([day, rounds]) => ({ day, rounds })))(
    "$day: the one round held then, if one",
    ({ day, rounds }) => {
      const { scan } = scanUpTo(`Who co-chaired the round held on a ${day}?`, whichRound);
      expect(scan.query.round).toBe(rounds.length === 1 ? rounds[0] : undefined);
    },
  );
});

describe("step: which round, 第1回 with a city", () => {
  it("is the round numbered 1, not the first held in that city", () => {
    const city = kb.rounds.find((r) => r.number !== 1 && isKnown(r.place))?.place;
    if (!city || !isKnown(city) || !city.value.city.ja) return;
    const { scan } = scanUpTo(`第1回は${city.value.city.ja}で開かれたそうですが、何日でしたか？`, whichRound);
    expect(scan.query.round).toBe(1);
  });
});
