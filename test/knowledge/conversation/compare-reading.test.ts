import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../../src/knowledge/answer-types.ts";
import { readComparison } from "../../../src/knowledge/conversation/compare-reading.ts";
import { cochairsOf, isKnown } from "../../../src/knowledge/queries.ts";
import { kb } from "../fixture.ts";
import { converse } from "./converse.ts";

const askedAfter = (intent: "cochairs" | "when_where", earlier: number, round: number): TurnContext => ({
  query: { intent, round, side: "JP" },
  earlier,
  locale: "en",
});

describe("a short 'same …?' after two rounds asked in turn", () => {
  it("reads what is compared from its noun, or from what was asked", () => {
    expect(readComparison(kb, "same person?", askedAfter("cochairs", 2, 3))).toEqual({
      rounds: [2, 3],
      aspects: ["cochairs"],
      yesno: "same",
      side: "JP",
    });
    expect(readComparison(kb, "the same city?", askedAfter("cochairs", 1, 2))).toMatchObject({
      rounds: [1, 2],
      aspects: ["place"],
    });
    expect(readComparison(kb, "same one?", askedAfter("when_where", 1, 2))?.aspects).toEqual([
      "date",
      "place",
    ]);
    expect(readComparison(kb, "同じ人？", askedAfter("cochairs", 2, 3))?.aspects).toEqual(["cochairs"]);
    expect(readComparison(kb, "same title?", askedAfter("cochairs", 2, 3))?.aspects).toEqual(["titles"]);
  });
  it("is no comparison after one round, or without 'same'", () => {
    expect(
      readComparison(kb, "same person?", { query: { intent: "cochairs", round: 3 }, locale: "en" }),
    ).toBe(undefined);
    expect(readComparison(kb, "and round 4?", askedAfter("cochairs", 2, 3))).toBeUndefined();
  });
  it("answers whether the two rounds' co-chairs of the side were the same person", () => {
    const pairs = kb.rounds.flatMap((a) => kb.rounds.filter((b) => b.number > a.number).map((b) => [a, b]));
    for (const [a, b] of pairs) {
      if (!a || !b || !isKnown(a.date) || !isKnown(b.date)) continue;
      const chair = (r: typeof a) => cochairsOf(kb, r).find((c) => c.side === "JP")?.person.id;
      const [ca, cb] = [chair(a), chair(b)];
      const answers = converse([
        `Who was the Japanese co-chair of round ${a.number}?`,
        `and round ${b.number}?`,
        "same person?",
      ]);
      const verdict = /^(Yes|Not recorded|No)\b/.exec(answers[2]?.text ?? "")?.[1];
      expect(verdict, `${a.number}/${b.number}`).toBe(!ca || !cb ? "Not recorded" : ca === cb ? "Yes" : "No");
    }
  });
  it("'did they all have the same title?' after the co-chairs across the rounds compares every round's", () => {
    const side = { query: { intent: "cochairs" as const, side: "JP" as const }, locale: "en" as const };
    const every = kb.rounds
      .filter((r) => cochairsOf(kb, r).some((c) => c.side === "JP"))
      .map((r) => r.number);
    expect(readComparison(kb, "did they all have the same title?", side)).toMatchObject({
      rounds: every.slice(0, 5),
      aspects: ["titles"],
      side: "JP",
    });
  });
});
