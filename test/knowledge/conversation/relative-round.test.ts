import { describe, expect, it } from "vitest";
import { relativeRound, withRoundNamed } from "../../../src/knowledge/conversation/relative-round.ts";
import { kb } from "../fixture.ts";
import { converse } from "./converse.ts";

const offset = (q: string) => relativeRound(q)?.offset;

describe("a round named relative to the previous turn's", () => {
  it("reads before, after, next and counted offsets, in English and Japanese", () => {
    expect(offset("And the one before?")).toBe(-1);
    expect(offset("and the round after that?")).toBe(1);
    expect(offset("Which of them wasn't there the next time?")).toBe(1);
    expect(offset("Who held the same job title at the next round?")).toBe(1);
    expect(offset("And two rounds later?")).toBe(2);
    expect(offset("what about 2 meetings earlier?")).toBe(-2);
    expect(offset("その前は？")).toBe(-1);
    expect(offset("2回後は？")).toBe(2);
    expect(offset("次の回はどこで開催されましたか？")).toBe(1);
  });
  it("leaves the dialogue's next round alone", () => {
    expect(offset("Is there a next round?")).toBeUndefined();
    expect(offset("When is the next meeting?")).toBeUndefined();
    expect(offset("what did it announce about the next round?")).toBeUndefined();
    expect(offset("次回はいつ？")).toBeUndefined();
    expect(offset("次の回の予定は？")).toBeUndefined();
    expect(offset("Who co-chaired round 2?")).toBeUndefined();
  });
  it("names the round in place", () => {
    const next = relativeRound("Which of them wasn't there the next time?");
    if (!next) throw new Error("not read");
    expect(withRoundNamed("Which of them wasn't there the next time?", next, 3, "en")).toBe(
      "Which of them wasn't there at round 3?",
    );
    const before = relativeRound("その前は？");
    if (!before) throw new Error("not read");
    expect(withRoundNamed("その前は？", before, 1, "ja")).toBe("第1回は？");
  });
  it("in a conversation, asks about the round it names", () => {
    const [a, b] = kb.rounds.filter((r) => r.number < (kb.rounds.at(-1)?.number ?? 0));
    if (!a || !b || b.number !== a.number + 1) return;
    const [, next] = converse([`Who co-chaired round ${a.number}?`, "Who co-chaired the next time?"]);
    expect(next?.round).toBe(b.number);
    const [, two] = converse([`Who co-chaired round ${b.number}?`, "And the one before?"]);
    expect(two?.round).toBe(a.number);
  });
  it("after the latest round, 'the next one' is the dialogue's next round", () => {
    const latest = kb.rounds.at(-1)?.number;
    const [, next] = converse([`Where was round ${latest} held?`, "and the next one?"]);
    expect(next?.intent).toBe("next_round");
  });
});

describe("'and before that?' / 'and after that?'", () => {
  it("walks one round back or forward", () => {
    expect(relativeRound("and before that?")?.offset).toBe(-1);
    expect(relativeRound("and after that?")?.offset).toBe(1);
    expect(relativeRound("what happened before that meeting was announced?")).toBeUndefined();
  });
});
