import { describe, expect, it } from "vitest";
import { BUDGET } from "../../../src/knowledge/conversation/merge-answers.ts";
import { aspectsOf, splitClauses, splitQuestion } from "../../../src/knowledge/conversation/split.ts";
import { cochairsOf, isKnown, roundByNumber } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

describe("several questions in one", () => {
  it.each([
    ["who were the co-chairs and what were the topics at round 3?", 2],
    ["第2回の日時と共同議長を教えて", 2],
    ["who co-chaired round 2? where was it held?", 2],
    ["the date, venue and topics of round 1", 2],
    ["when and where was round 2 held?", 1],
    ["Between 2015 and 2017, who chaired each round?", 1],
    ["did the cops come along to the 2016 one? japan's police agency i mean", 1],
    ["Did MOFA and NISC attend round 2?", 1],
  ])("%s → %i part(s)", (q, n) => {
    expect(splitQuestion(q as string)).toHaveLength(n as number);
  });

  it("answers every part, in order, about the round named anywhere in the question", () => {
    const round = roundByNumber(kb, 3);
    expect(round && isKnown(round.topics)).toBe(true);
    if (!round || !isKnown(round.topics)) return;
    const answer = answerer.ask("who were the co-chairs and what were the topics at round 3?");
    const text = answerer.renderText(answer);
    for (const c of cochairsOf(kb, round)) expect(text).toContain(c.person.name.en ?? "");
    const first = round.topics.value[0];
    const topic = first?.en ?? first?.ja ?? "";
    expect(topic).not.toBe("");
    expect(text).toContain(topic);
    const chairAt = text.indexOf(cochairsOf(kb, round)[0]?.person.name.en ?? "");
    expect(chairAt).toBeLessThan(text.indexOf(topic));
  });

  it("stays within Discord's limits", () => {
    const answer = answerer.ask(
      "tell me about round 1? tell me about round 2? tell me about round 3? which agencies attended round 3 and what were the topics?",
    );
    const total =
      answer.title.length +
      answer.text.length +
      answer.sections.reduce((n, s) => n + s.heading.length + s.body.length, 0);
    expect(total).toBeLessThanOrEqual(BUDGET.total);
    expect(answer.text.length).toBeLessThanOrEqual(4096);
    expect(answer.sections.length).toBeLessThanOrEqual(24);
    for (const s of answer.sections) expect(s.body.length).toBeLessThanOrEqual(1024);
  });
});

describe("a request starts a clause as a question does", () => {
  it("'list …, and tell me …' is two questions; 'tell me the date and place' is one", () => {
    expect(
      splitQuestion("List the agencies at round 2 and tell me who co-chaired it").map((p) => p.text),
    ).toEqual(["List the agencies at round 2", "tell me who co-chaired it"]);
    expect(splitQuestion("Tell me the date and place of round 2")).toHaveLength(1);
  });
  it("'… each' in the second part is each of the rounds the first part named", () => {
    const both = kb.rounds.filter((r) => cochairsOf(kb, r).length > 0).slice(0, 2);
    if (both.length < 2) return;
    const [a, b] = both.map((r) => r.number);
    const answer = answerer.ask(`List the agencies at rounds ${a} and ${b} and tell me who co-chaired each.`);
    for (const r of both)
      for (const c of cochairsOf(kb, r)) expect(answer.text).toContain(c.person.name.en ?? "");
  });
});

describe("a question that starts with a label", () => {
  it("'Round 5: where, and who came from Australia?' is two questions about that round", () => {
    expect(splitQuestion("Round 5: where, and who came from Australia?").map((p) => p.text)).toEqual([
      "Round 5: where",
      "who came from Australia?",
    ]);
  });
});

describe("a statement and a question about it are one question", () => {
  it.each([
    "Round 2's press release is dated 8 August 2016; is that when the meeting was held?",
    "MOFA's page on round 2 is dated 8 August 2016 — is that when the meeting was?",
  ])("%s", (q) => {
    expect(splitQuestion(q)).toHaveLength(1);
  });
  it("aspects listed with ・ are asked each", () => {
    expect(splitQuestion("第2回の日時・場所・共同議長を教えてください").map((p) => p.intent)).toEqual([
      "when_where",
      "cochairs",
    ]);
  });
  it("a side named with one aspect is that aspect's only", () => {
    const parts = splitQuestion("Give me the co-chairs and the Australian agencies for round 2.");
    expect(parts.map((p) => [p.intent, p.side])).toEqual([
      ["cochairs", null],
      ["agencies", "AU"],
    ]);
    expect(splitQuestion("第2回の共同議長と豪州側の参加機関は？").map((p) => p.side)).toEqual([null, "AU"]);
    const round = kb.rounds.find((r) => cochairsOf(kb, r).length === 2);
    if (!round) return;
    const answer = answerer.ask(
      `Give me the co-chairs and the Australian agencies for round ${round.number}.`,
    );
    // both co-chairs, not the Australian one only
    for (const c of cochairsOf(kb, round)) expect(answer.text).toContain(c.person.name.en ?? "");
  });
  it("「第2回の開催地と、第3回の共同議長」 asks each of its round; 「第2回と第3回の共同議長」 is one question", () => {
    expect(splitQuestion("第2回の開催地と、第3回の共同議長を教えてください。").map((p) => p.text)).toEqual([
      "第2回の開催地",
      "第3回の共同議長を教えてください。",
    ]);
    expect(splitQuestion("第2回と第3回の共同議長は？")).toHaveLength(1);
  });
  it("'+' joins asks; 「と、」 joins aspects, with a side after it", () => {
    expect(splitClauses("r5 where + who co-chaired?")).toEqual(["r5 where", "who co-chaired?"]);
    expect(aspectsOf("date + co-chairs of round 2?").map((a) => a.intent)).toEqual([
      "when_where",
      "cochairs",
    ]);
    expect(aspectsOf("第2回の日付と、豪側の共同議長を教えてください。")).toEqual([
      { intent: "when_where", side: null },
      { intent: "cochairs", side: "AU" },
    ]);
  });
});
