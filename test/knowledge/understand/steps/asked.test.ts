import { describe, expect, it } from "vitest";
import { readAsked, refine, yesNoChecks } from "../../../../src/knowledge/understand/steps/asked.ts";
import { scanUpTo } from "./helpers.ts";

describe("step: how the question asks", () => {
  const hints = (q: string) => scanUpTo(q, readAsked).scan.hints;
  it("reads weekdays, sameness, outside, across rounds, a name's language", () => {
    expect(hints("Was round 2 held on a Monday?").weekday).toBe("monday");
    expect(hints("Was round 3 held in the same city as round 1?").same).toBe("place");
    expect(hints("Which rounds were held outside Tokyo?").outside).toBe(true);
    expect(hints("Which agencies attended across all rounds?").acrossRounds).toBe(true);
    expect(hints("What is the Japanese name of the dialogue?").nameLanguage).toBe("ja");
  });
  it("a day, month or weekday said of a round in a yes/no question asks when it was held", () => {
    const intent = (q: string) => scanUpTo(q, readAsked).scan.intent;
    expect(intent("Was round 2 on 5 December?")).toBe("when_where");
    expect(intent("第2回は8月でしたか？")).toBe("when_where");
    expect(intent("Tell me about round 2")).toBe("round_overview");
  });
  it("'in total, both sides' adds up the sides of a round: no round across or all rounds", () => {
    for (const q of [
      "how many orgs in total at round 3, both sides?",
      "第3回の参加機関は両国合わせて何機関？",
    ]) {
      expect(hints(q).acrossRounds, q).toBeUndefined();
      expect(hints(q).allRounds, q).toBeUndefined();
    }
    expect(hints("How many agencies in total across all rounds?").acrossRounds).toBe(true);
    expect(hints("Who co-chaired both rounds?").allRounds).toBe(true);
  });
  it("a building or room said of a round is a venue, in Japanese too: where it was held, not who came", () => {
    for (const q of [
      "第2回は外務省本省の会議室で行われたんだよね？",
      "第2回は外務省の庁舎で開催されましたか？",
      "Was round 2 held in a MOFA meeting room?",
    ]) {
      const { scan } = scanUpTo(q, readAsked);
      expect(scan.hints.venue, q).toBe(true);
      expect(scan.intent, q).toBe("when_where");
    }
  });
  it("a head count asked with a side or a place: 'how many Australian delegates were in the room?'", () => {
    expect(hints("How many Australian delegates were in the room at round 3?").peopleCount).toBe(true);
    expect(hints("How many Australian agencies were at round 3?").peopleCount).toBeUndefined();
  });
  it("the dialogue's title is its name; 'set it up' asks how it began", () => {
    expect(scanUpTo("What is the dialogue's official Japanese title?", readAsked).scan.intent).toBe(
      "glossary",
    );
    expect(scanUpTo("where was the summit that set it up", readAsked).scan.intent).toBe("origin");
  });
  it("reads none of them in a plain question", () => {
    const h = hints("Who co-chaired round 2?");
    for (const key of ["weekday", "same", "outside", "acrossRounds", "nameLanguage", "current"] as const)
      expect(h[key], key).toBeUndefined();
  });
});

describe("step: yes/no checks — names not on record", () => {
  it("a Japanese name before a title that is not on record is kept; a country or side before it is no name", () => {
    const names = (q: string) => scanUpTo(q, yesNoChecks).scan.hints.unrecordedNames;
    expect(names("日豪サイバー政策協議はアボット首相と菅首相が合意したものです。")).toEqual(["菅"]);
    expect(names("協議は安倍首相とアボット首相が合意した？")).toBeUndefined();
    expect(names("豪州大使は第5回にコメントしましたか？")).toBeUndefined();
  });
});

describe("step: yes/no checks", () => {
  it("keeps the people named and capitalised names not on record", () => {
    const { scan } = scanUpTo("Did Feakin and Turnbull co-chair round 3?", yesNoChecks);
    expect(scan.hints.namedPeople).toContain("feakin-tobias");
    expect(scan.hints.unrecordedNames).toContain("Turnbull");
  });
  it("adds nothing to a wh-question", () => {
    expect(scanUpTo("Who co-chaired round 3?", yesNoChecks).scan.hints.namedPeople).toBeUndefined();
  });
});

describe("step: refinement", () => {
  it("outcomes refine topics when an outcome word is in the question", () => {
    expect(scanUpTo("What did round 3 produce?", refine).scan.intent).toBe("outcomes");
    expect(scanUpTo("Was a joint statement issued at round 2?", refine).scan.hints.asksStatement).toBe(true);
  });
  it("topics stay topics", () => {
    const { scan } = scanUpTo("Was cybercrime discussed at round 2?", refine);
    expect(scan.intent).toBe("topics");
    expect(scan.hints.topicWords).toContain("cybercrime");
  });
});
