import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/knowledge/answer-types.ts";
import { aboutAnnounced } from "../../../src/knowledge/conversation/announced.ts";
import { isKnown, roundByNumber } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

/** Every round that records what it announced about the next one. */
const announcements = kb.rounds.flatMap((round) =>
  isKnown(round.nextRoundAnnounced) ? [{ by: round.number, announced: round.nextRoundAnnounced.value }] : [],
);

const followUp = (first: string, second: string): Answer => {
  const previous = answerer.ask(first);
  expect(previous.context).toBeDefined();
  return answerer.ask(second, previous.context ? { context: previous.context } : {});
};

describe("a follow-up to what a round announced", () => {
  it("has announcements to follow up on", () => {
    expect(announcements.length).toBeGreaterThan(0);
  });

  it.each(announcements)(
    "'it' after round $by's announcement is the announced round",
    ({ by, announced }) => {
      const answer = followUp(`When is the next round after round ${by}?`, "who co-chaired it?");
      expect(answer.round).toBe(announced.round);
    },
  );

  it.each(announcements)(
    "'held there' after round $by's announcement checks the announced place",
    ({ by, announced }) => {
      const answer = followUp(`When is the next round after round ${by}?`, "and was it held there?");
      const target = roundByNumber(kb, announced.round);
      const place = target && isKnown(target.held) && isKnown(target.place) ? target.place.value : undefined;
      const city = announced.place?.city.en;
      if (!place || !city) expect(answer.text).toMatch(/^Not recorded/);
      else if (place.city.en === city) expect(answer.text).toMatch(/^Yes/);
      else expect(answer.text).toMatch(/^No/);
    },
  );

  it("leaves a follow-up to anything but an announcement as it is", () => {
    const query = { intent: "when_where" as const, round: 2 };
    const context = { query: { intent: "cochairs" as const, round: 2 }, locale: "en" as const };
    expect(aboutAnnounced(kb, "was it held there?", context, query)).toEqual(query);
  });
});

describe("a round held where it was supposed to be", () => {
  const held = announcements.flatMap(({ announced }) => {
    const target = roundByNumber(kb, announced.round);
    const city = announced.place?.city.en;
    if (!target || !isKnown(target.held) || !isKnown(target.place) || !city) return [];
    return [{ n: announced.round, same: target.place.value.city.en === city }];
  });
  it.each(held)("round $n, asked directly and as a follow-up", ({ n, same }) => {
    const verdict = same ? /^Yes/ : /^No/;
    expect(answerer.ask(`Was round ${n} where it was supposed to be?`).text).toMatch(verdict);
    expect(followUp(`Where was round ${n} held?`, "Was that where it was supposed to be?").text).toMatch(
      verdict,
    );
  });
});

describe("which round announced a round", () => {
  it.each(announcements)(
    "round $announced.round: announced by round $by, asked directly and as a follow-up",
    ({ by, announced }) => {
      expect(answerer.ask(`Which round announced round ${announced.round}?`).round).toBe(by);
      expect(
        followUp(`Where was round ${announced.round} supposed to be?`, "Which round announced it?").round,
      ).toBe(by);
    },
  );
});

describe("'actually?' after what was announced for a round", () => {
  const held = announcements.filter(({ announced }) => {
    const target = roundByNumber(kb, announced.round);
    return target && isKnown(target.held) && isKnown(target.place);
  });
  it.each(held)("round $announced.round: where it was held in fact", ({ announced }) => {
    const target = roundByNumber(kb, announced.round);
    if (!target || !isKnown(target.place)) return;
    for (const [first, then, city] of [
      [
        `Where was round ${announced.round} supposed to be held?`,
        "and actually?",
        target.place.value.city.en,
      ],
      [`第${announced.round}回はどこで開催される予定でしたか？`, "実際は？", target.place.value.city.ja],
    ]) {
      const answer = followUp(first ?? "", then ?? "");
      expect(answer.intent).toBe("when_where");
      expect(answer.round).toBe(announced.round);
      if (city) expect(answer.text).toContain(city);
    }
  });
});
