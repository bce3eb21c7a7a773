import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../../src/knowledge/answer-types.ts";
import { readFragment } from "../../../src/knowledge/conversation/fragment.ts";
import { readAlone } from "../../../src/knowledge/conversation/read-alone.ts";
import { kb, understander } from "../fixture.ts";

const latest = kb.rounds.at(-1)?.number ?? 0;
const at = (round: number): TurnContext => ({ query: { intent: "cochairs", round }, locale: "en" });
const read = (q: string, context: TurnContext) =>
  readAlone(understander, q, undefined, readFragment(q), context, latest);

describe("a follow-up read by itself", () => {
  it("a bare round is that round", () => {
    expect(read("and 3?", at(2)).query.round).toBe(3);
  });
  it("a round relative to the previous one is the round it names, in any length of question", () => {
    expect(read("and the one before?", at(3)).query.round).toBe(2);
    expect(read("which agencies were there the next time?", at(2)).query.round).toBe(3);
  });
  it("past the latest round on record, 'the next one' is read as asked", () => {
    expect(read("and the next one?", at(latest)).query.round).not.toBe(latest + 1);
  });
  it("'it' or 'that round' in a question that says nothing else on topic is the previous round", () => {
    const month = (n: number) => {
      const round = kb.rounds.find((r) => r.number === n);
      return round?.date.status === "known" && round.date.value.month ? round.date.value.month : 1;
    };
    const name = new Date(Date.UTC(2000, month(2) - 1, 1)).toLocaleString("en", {
      month: "long",
      timeZone: "UTC",
    });
    const read2 = read(`was it in ${name}?`, at(2));
    expect(read2.query).toMatchObject({ intent: "when_where", round: 2 });
    expect(read(`was that round in ${name}?`, at(2)).query.round).toBe(2);
  });
  it("'did it say when the next one would be?' is what the previous round announced", () => {
    const read1 = read("did it say when the next meeting would be?", {
      query: { intent: "round_overview", round: 1 },
      locale: "en",
    });
    expect(read1.query).toMatchObject({ intent: "next_round", round: 1 });
  });
  it("'which one was that?', 「それは第何回？」: the previous round, named", () => {
    for (const q of ["which one was that?", "sorry, which round was that again?", "それは第何回？"])
      expect(read(q, at(2)).query.round, q).toBe(2);
  });
  it("a claim about 'it' is about the previous round, not the round held in the place it names", () => {
    const held = kb.rounds.find((r) => r.place.status === "known" && r.place.value.country === "JP");
    if (!held) throw new Error("the fixture has a round held in Japan");
    const q = "so Australia hosted it?";
    expect(read(q, { query: { intent: "when_where", round: held.number }, locale: "en" }).query.round).toBe(
      held.number,
    );
  });
  it("a short fragment that asks something reads as a question about the dialogue", () => {
    expect(read("where?", at(2)).query.intent).toBe("when_where");
    expect(read("what's the weather in Paris?", at(2)).query.intent).toBe("unknown");
  });
});
