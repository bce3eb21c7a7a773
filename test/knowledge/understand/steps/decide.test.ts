import { describe, expect, it } from "vitest";
import { decide } from "../../../../src/knowledge/understand/steps/decide.ts";
import { kb } from "../../fixture.ts";
import { scanUpTo } from "./helpers.ts";

const intent = (q: string) => {
  const { scan, stopped } = scanUpTo(q, decide);
  return stopped ? `stop:${stopped.hints.reason}` : scan.intent;
};

describe("step: what is asked", () => {
  it("decides the intent from cues and shape", () => {
    expect(intent("Who co-chaired round 2?")).toBe("cochairs");
    expect(intent("Which agencies attended round 1?")).toBe("agencies");
    expect(intent("When was the dialogue agreed?")).toBe("origin");
  });
  it("reads the date of a release and comparisons by size", () => {
    expect(intent("When was the joint statement of round 3 released?")).toBe("when_where");
    const { scan } = scanUpTo("Which round had the most agencies?", decide);
    expect(scan.intent).toBe("agencies");
    expect(scan.hints.extreme).toBe("most");
  });
  it("'what is X' asks what the name stands for, wherever it was seen; not 'what X officials…'", () => {
    expect(intent("What's IPA in the Japanese participant list?")).toBe("glossary");
    expect(intent("what does NISC stand for?")).toBe("glossary");
    expect(intent("what MOFA officials attended round 3?")).not.toBe("glossary");
    expect(intent("what is NISC in the list for round 2?")).not.toBe("glossary");
  });
  it("'which round was held in 2017 / in Australia?' asks for the rounds of that year or place", () => {
    expect(intent("Which round took place in 2017?")).toBe("rounds");
    expect(intent("which round was held in Canberra?")).toBe("rounds");
    expect(intent("When was the round in Canberra?")).toBe("when_where");
    expect(intent("Was round 2 held in Tokyo?")).not.toBe("rounds");
  });
  it("the date a release carries, however the release is named, is asked for its date", () => {
    for (const q of [
      "What was the date on MOFA's English release about the 3rd round?",
      "For round 2, give me the date MOFA published the English release.",
      "What date is the statement of round 3?",
      "Was the round 2 press release on 3 August 2016?",
      "第3回の発表は2017年12月12日でしたか？",
    ]) {
      const { scan } = scanUpTo(q, decide);
      expect(scan.intent, q).toBe("when_where");
      expect(scan.hints.released, q).toBe(true);
    }
  });
  it("a date said of the meeting is not the release's", () => {
    for (const q of [
      "What date was round 3 held?",
      "Was round 2 on 2 August 2016?",
      "第3回は2017年12月11日に開催されましたか？",
    ])
      expect(scanUpTo(q, decide).scan.hints.released, q).toBeUndefined();
  });
  it("what a round said of the next round is its announcement", () => {
    for (const q of [
      "Did the 2nd round say where the 3rd would be?",
      "Where did round 2 say the 3rd would be held?",
      "When did round 3 say the 4th would take place?",
    ])
      expect(intent(q), q).toBe("next_round");
    expect(scanUpTo("Did the 2nd round say where the 3rd would be?", decide).scan.hints.yesno).toBe(true);
    expect(intent("Where was round 2 held?")).toBe("when_where");
  });
  it("who led an organisation's team asks who came from it, not the co-chairs", () => {
    expect(intent("Who led the NISC team at the 2017 dialogue?")).toBe("membership");
    expect(intent("Who led the Japanese delegation at round 3?")).toBe("cochairs");
    expect(intent("Who co-chaired for DFAT at round 3?")).toBe("cochairs");
  });
  it("'who … when the dialogue was agreed?' asks about its beginning", () => {
    expect(intent("Who was Abe's counterpart at the summit that created the dialogue?")).toBe("origin");
  });
  it("stops on questions it cannot serve", () => {
    expect(intent("who will win the next world cup?")).toBe("stop:service");
    expect(intent("Who is the prime minister now?")).toMatch(/^stop:/);
  });
});

describe("step: the year of the agreement, with agreeing", () => {
  it("'what did Japan and Australia agree in 2014?' asks how the dialogue began; 'what happened in 2014?' does not", () => {
    const year = kb.dialogue.origin.status === "known" ? kb.dialogue.origin.value.date.year : undefined;
    if (year === undefined || kb.rounds.some((r) => r.date.status === "known" && r.date.value.year === year))
      throw new Error("the fixture's agreement year has no round");
    expect(intent(`What did Japan and Australia agree in ${year}?`)).toBe("origin");
    expect(intent(`What was discussed in ${year}?`)).not.toBe("origin");
  });
  it("'who was Australia's rep in Feb 2015?' asks a co-chair", () => {
    expect(intent("who were the reps at round 2?")).toBe("cochairs");
  });
});

describe("step: a remark about the present is no question about the beginning", () => {
  it("'the meeting starts now' stops; 'when did the dialogue start?' asks the origin", () => {
    expect(intent("@everyone the meeting starts now")).toMatch(/^stop:/);
    expect(intent("When did the dialogue start?")).toBe("origin");
  });
});

describe("step: a round's release asked by its publisher", () => {
  it("'when was the 2nd round released by MOFA?' asks the release's date, not whether MOFA attended", () => {
    for (const q of ["When was the 2nd round released by MOFA?", "when did MOFA publish the 2nd round?"]) {
      const { scan } = scanUpTo(q, decide);
      expect(scan.intent, q).toBe("when_where");
      expect(scan.hints.released, q).toBe(true);
    }
    expect(scanUpTo("When did MOFA attend round 2?", decide).scan.hints.released).toBeUndefined();
  });
});
