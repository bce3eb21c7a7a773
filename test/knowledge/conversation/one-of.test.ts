import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../../src/knowledge/answer-types.ts";
import { oneOfList } from "../../../src/knowledge/conversation/one-of.ts";
import { isKnown, participantsOf } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const topics: TurnContext = { query: { intent: "topics", round: 1 }, locale: "en" };
const agencies: TurnContext = { query: { intent: "agencies", round: 2 }, locale: "en" };

describe("'one of them' after a list", () => {
  it("is asked again in the list's own words", () => {
    expect(oneOfList("was the Olympics one of them?", topics)).toBe("was the Olympics discussed at round 1?");
    expect(oneOfList("was IPA among them?", agencies)).toBe("was IPA at round 2?");
    expect(oneOfList("その中にNISCはある？", { ...agencies, locale: "ja" })).toMatch(
      /^NISC.*第2回に参加しましたか？$/,
    );
  });
  it("is left alone without a list before it", () => {
    expect(oneOfList("was the Olympics one of them?", undefined)).toBeUndefined();
    expect(
      oneOfList("was IPA among them?", { query: { intent: "when_where", round: 2 }, locale: "en" }),
    ).toBeUndefined();
  });
  it("gives the same verdict as asking about the round directly, for every organisation of a listed round", () => {
    const round = kb.rounds.find((r) => participantsOf(kb, r).every((p) => isKnown(p.fact)));
    if (!round) return;
    const list = answerer.ask(`which agencies attended round ${round.number}?`);
    for (const org of [...kb.organisations.values()].filter((o) => o.acronym)) {
      const follow = answerer.ask(
        `was ${org.acronym} among them?`,
        list.context ? { context: list.context } : {},
      );
      const direct = answerer.ask(`was ${org.acronym} at round ${round.number}?`);
      expect(follow.text.split(" ")[0]).toBe(direct.text.split(" ")[0]);
    }
  });
});
