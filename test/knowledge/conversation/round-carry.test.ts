import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../../src/knowledge/answer-types.ts";
import {
  asksWhichRound,
  carriesRound,
  namesRound,
  refersToPreviousRounds,
} from "../../../src/knowledge/conversation/round-carry.ts";
import { understand } from "../fixture.ts";

const round2: TurnContext = { query: { intent: "cochairs", round: 2 }, locale: "en" };

describe("whether a follow-up is about the previous turn's round", () => {
  it("a question naming its own round, year or every round names one", () => {
    expect(namesRound(understand("who co-chaired round 3?"))).toBe(true);
    expect(namesRound(understand("which rounds were held in 2017?"))).toBe(true);
    expect(namesRound(understand("who co-chaired?"))).toBe(false);
  });
  it("an intent about a round carries it; what was announced only when referred back to", () => {
    expect(carriesRound("agencies", "and the agencies?", round2)).toBe(true);
    expect(carriesRound("next_round", "when is the next round?", round2)).toBe(false);
    expect(carriesRound("next_round", "what did it announce?", round2)).toBe(true);
  });
  it("'which round mentioned ARF?' asks the round, it does not take it", () => {
    expect(asksWhichRound(understand("which round mentioned ARF?"), "which round mentioned ARF?")).toBe(true);
    expect(asksWhichRound(understand("who co-chaired?"), "who co-chaired?")).toBe(false);
  });
  it("'each of them' after several rounds refers to those rounds", () => {
    const several: TurnContext = { ...round2, rounds: [1, 2] };
    const q = "how many agencies did each of them have?";
    expect(refersToPreviousRounds(understand(q), q, several)).toBe(
      understand(q).hints.acrossRounds === true || understand(q).hints.allRounds === true,
    );
    expect(refersToPreviousRounds(understand(q), q, round2)).toBe(false);
  });
});

describe("'and the outcome?' after a round", () => {
  it("is that round's outcome; a longer question about outcomes names its own", () => {
    const context = { query: { intent: "when_where" as const, round: 2 }, locale: "en" as const };
    expect(carriesRound("outcomes", "and the outcome?", context)).toBe(true);
    expect(carriesRound("outcomes", "成果は？", context)).toBe(true);
    expect(
      carriesRound("outcomes", "which round had the most important outcome of all of them?", context),
    ).toBe(false);
  });
});
