import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../../src/knowledge/answer-types.ts";
import { readFragment } from "../../../src/knowledge/conversation/fragment.ts";
import { merge } from "../../../src/knowledge/conversation/merge-turn.ts";
import { answerer, understand } from "../fixture.ts";

const previous: TurnContext = { query: { intent: "cochairs", round: 2, side: "JP" }, locale: "en" };
const merged = (q: string, weak: boolean, ownRound: boolean, carries: boolean) =>
  merge(understand(q), readFragment(q), previous, weak, ownRound, carries).understanding.query;

describe("a follow-up merged with the previous turn", () => {
  it("takes what is asked, the round and the side it leaves out", () => {
    expect(merged("and round 3?", true, true, true)).toMatchObject({
      intent: "cochairs",
      round: 3,
      side: "JP",
    });
  });
  it("'both sides' adds the sides up: the side asked last is not carried", () => {
    const after: TurnContext = { query: { intent: "agencies", round: 3, side: "AU" }, locale: "en" };
    for (const q of [
      "how many orgs in total then, both sides?",
      "how many altogether?",
      "両国合わせて何機関？",
    ]) {
      const query = merge(understand(q), readFragment(q), after, true, false, true).understanding.query;
      expect(query, q).toMatchObject({ intent: "agencies", round: 3 });
      expect(query.side, q).toBeUndefined();
    }
  });
  it("'r3 both' after one side's co-chair asks both sides", () => {
    const after: TurnContext = { query: { intent: "cochairs", round: 2, side: "JP" }, locale: "en" };
    const q = "r3 both";
    const query = merge(understand(q), readFragment(q), after, true, true, true).understanding.query;
    expect(query).toMatchObject({ intent: "cochairs", round: 3 });
    expect(query.side).toBeUndefined();
  });
  it("'and how many people?' after a round's agencies asks a head count", () => {
    const after: TurnContext = { query: { intent: "agencies", round: 2, side: "AU" }, locale: "en" };
    const q = "And how many people?";
    const turn = merge(understand(q), readFragment(q), after, true, false, true).understanding;
    expect(turn.query).toMatchObject({ intent: "agencies", round: 2 });
    expect(turn.hints.peopleCount).toBe(true);
  });
  it("keeps what it says itself", () => {
    expect(merged("and the Australian side?", true, false, true)).toMatchObject({ round: 2, side: "AU" });
    expect(merged("which agencies attended?", false, false, true)).toMatchObject({
      intent: "agencies",
      round: 2,
    });
  });
  it("'and MOFA?' after a round asks whether it was there", () => {
    expect(merged("and MOFA?", true, false, true)).toMatchObject({
      intent: "membership",
      organisation: "mofa",
    });
  });
});

describe("a fragment naming something not on record", () => {
  it("is asked of that name, never of the previous turn's subject", () => {
    for (const [first, then] of [
      ["Was MOFA at round 3?", "And the AFP?"],
      ["Was Okada a co-chair of round 1?", "And Smith?"],
    ]) {
      const previous = answerer.ask(first ?? "");
      const next = answerer.ask(then ?? "", previous.context ? { context: previous.context } : {});
      expect(next.text, then).not.toMatch(/^Yes\b/);
      expect(next.text, then).toContain((then ?? "").replace(/^And (?:the )?|\?$/g, ""));
    }
  });
});
