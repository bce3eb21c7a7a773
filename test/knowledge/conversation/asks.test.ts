import { describe, expect, it } from "vitest";
import { wholeDialogueAsk } from "../../../src/knowledge/conversation/asks.ts";
import { answerer } from "../fixture.ts";

describe("questions about the dialogue as a whole: cadence, recency, summary", () => {
  it("reads how often it meets, asked or stated, with 'every single year' and 'each year'", () => {
    for (const q of [
      "How often does the dialogue meet?",
      "Is it held annually?",
      "The dialogue has met every single year since 2015.",
      "It meets each year, right?",
      "ACSM called it the 5th annual dialogue, so it's annual, yes?",
      "毎年開催されてますよね？",
    ])
      expect(wholeDialogueAsk(q)?.kind, q).toBe("cadence");
  });
  it("a statement or a tag question of the cadence is a yes/no; a question of how often is not", () => {
    expect(wholeDialogueAsk("The dialogue has met every single year since 2015.")?.yesno).toBe(true);
    expect(wholeDialogueAsk("It meets each year, right?")?.yesno).toBe(true);
    expect(wholeDialogueAsk("How often does the dialogue meet?")?.yesno).toBe(false);
  });
  it("a round named by its 'annual' number is that round, not the cadence", () => {
    expect(wholeDialogueAsk("Tell me about the 5th annual dialogue")).toBeUndefined();
  });
  it("a stated yearly cadence gets the verdict the question form gets", () => {
    const asked = answerer.ask("Has the dialogue been held every year since 2015?").text.slice(0, 4);
    expect(answerer.ask("The dialogue has met every single year since 2015.").text.slice(0, 4)).toBe(asked);
    expect(answerer.ask("It meets each year, right?").text.slice(0, 4)).toBe(asked);
  });
});
