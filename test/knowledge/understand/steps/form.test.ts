import { describe, expect, it } from "vitest";
import { readForm } from "../../../../src/knowledge/understand/steps/form.ts";
import { scanUpTo } from "./helpers.ts";

const form = (q: string) => scanUpTo(q, readForm).scan.form;

describe("step: the question's form", () => {
  it("wh-questions", () => {
    expect(form("Who co-chaired round 2?")).toMatchObject({ kind: "wh", yesno: false, wh: ["who"] });
    expect(form("第2回はいつ開催された？").wh).toContain("いつ");
    expect(form("Do you know who co-chaired round 2?").yesno).toBe(false);
    expect(form("Could you tell me, if it is no trouble, where round 3 was held?").yesno).toBe(false);
    expect(form("Can you tell me if round 3 was held in Tokyo?").yesno).toBe(true);
  });
  it("yes/no questions, in English and Japanese, and claims about a name", () => {
    expect(form("Was round 2 held in Tokyo?")).toMatchObject({ kind: "yesno", yesno: true, tag: false });
    expect(form("第2回は東京で開催されましたか？").yesno).toBe(true);
    expect(form("第1回でサイバー犯罪の話は出た？").yesno).toBe(true);
    // a statement about a round, a person or the dialogue, asked with a question mark
    expect(form("Round 2 took place in Canberra?").yesno).toBe(true);
    expect(form("The dialogue was agreed in 2015?").yesno).toBe(true);
    expect(form("Next meeting location announced in December 2017?").yesno).toBe(false);
    expect(form("A joint statement came out of round 3, yes?").yesno).toBe(true);
    expect(form("第2回の議題は何だった？").yesno).toBe(false);
    expect(form("tell me Feakin co-chaired round 3.").yesno).toBe(true);
  });
  it("a statement put to be checked: irregular verbs, the verb as typed, the passive", () => {
    expect(form("Round 1 fell on a Friday.").yesno).toBe(true);
    // "resulted" is read as its base form, but typed in the past
    expect(form("Round 3 resulted in a joint statement.").yesno).toBe(true);
    expect(form("cybercrime was discussed at round 1").yesno).toBe(true);
    // no subject stated: an elliptical question, not a claim
    expect(form("Next meeting location announced in December 2017?").yesno).toBe(false);
    expect(form("i was wondering about round 2").yesno).toBe(false);
  });
  it("a statement whose subject comes before any of its verbs; the dialogue as a Japanese subject", () => {
    expect(form("The summit that agreed the dialogue took place in Canberra.").yesno).toBe(true);
    expect(form("日豪サイバー政策協議はアボット首相と菅首相が合意したものです。").yesno).toBe(true);
  });
  it("Japanese quantifiers made of question words are no question words: どちらも, 何か, 誰も", () => {
    expect(form("第2回と第3回はどちらも東京開催だった？").yesno).toBe(true);
    expect(form("第3回は何か発表した？").yesno).toBe(true);
    expect(form("第2回と第3回、どちらが多かった？").yesno).toBe(false);
  });
  it("'what date was it?' is a wh-question, not a tag ('…, was it?')", () => {
    expect(form("what date was it?").yesno).toBe(false);
    expect(form("Round 1 was in Canberra, was it?").yesno).toBe(true);
  });
  it("tag questions", () => {
    expect(form("Round 2 was in Tokyo, right?")).toMatchObject({ kind: "tag", yesno: true, tag: true });
    expect(form("第3回は東京で開催されたんですよね？")).toMatchObject({ kind: "tag", tag: true });
    expect(form("第2回は火曜日開催で合ってる？")).toMatchObject({ kind: "tag", tag: true });
    expect(form("Round 2 was in Tokyo, and where was round 3?").tag).toBe(false);
  });
  it("a choice is not yes/no", () => {
    expect(form("Was round 2 in Tokyo or Canberra?")).toMatchObject({ kind: "choice", yesno: false });
  });
  it("lists, counts, comparisons, several claims", () => {
    expect(form("list every round").list).toBe(true);
    expect(form("How many rounds have there been?").count).toBe(true);
    expect(form("Which round had the most agencies?").comparison).toBe(true);
    expect(form("ok so r1 canberra, r2 tokyo, r3 canberra right?").several).toBe(true);
    expect(form("When was round 2? Where was round 3?").several).toBe(true);
  });
  it("a plain question is none of those", () => {
    expect(form("Who co-chaired round 2?")).toMatchObject({
      list: false,
      count: false,
      comparison: false,
      several: false,
    });
  });
});

describe("a statement put to be checked", () => {
  it.each([
    "The 5th round was held in Tokyo.",
    "The inaugural round took place on Friday 13 February 2015.",
    "Ian Biggs came from DFAT",
    "第1回協議は金曜日に開催された。",
  ])("%s is a yes/no", (q) => {
    expect(form(q)?.yesno).toBe(true);
  });
  it.each([
    "Tell me who co-chaired round 2.",
    "round 2 co-chairs",
    "第2回について教えてください。",
    "list the rounds.",
  ])("%s is not", (q) => {
    expect(form(q)?.yesno).toBe(false);
  });
});

describe("an organisation not on record, in a statement", () => {
  it("'The Australian Federal Police attended round 3, didn't they?' is a claim about a name not on record", async () => {
    const { answerer } = await import("../../fixture.ts");
    const text = answerer.ask("The Australian Federal Police attended round 3, didn't they?").text;
    expect(text).toMatch(/^(?:No|Not recorded)\b/);
    expect(text).toContain("Australian Federal Police");
  });
});
