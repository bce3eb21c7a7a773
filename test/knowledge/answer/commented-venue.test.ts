import { describe, expect, it } from "vitest";
import { cochairsOf, isKnown } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const verdict = (q: string) => /^(Yes|No|Not recorded)\b/.exec(answerer.ask(q).text)?.[0];

describe("a person recorded only as commenting on a round", () => {
  const commenters = [...kb.people.values()].flatMap((p) =>
    p.commentedOn.map((c) => ({ name: p.name.en ?? "", n: c.round, side: p.country })),
  );
  it.each(commenters)(
    "$name, round $n: a co-chair only if one is on record (No), else not recorded",
    ({ name, n, side }) => {
      const round = kb.rounds.find((r) => r.number === n);
      if (!round) return;
      const expected = round.cochairs[side].status === "known" ? "No" : "Not recorded";
      expect(verdict(`Did ${name} co-chair round ${n}?`)).toBe(expected);
      expect(verdict(`My notes say ${name} co-chaired round ${n}. Correct?`)).toBe(expected);
    },
  );
});

describe("a round said to be held in a building", () => {
  const held = kb.rounds.filter((r) => isKnown(r.place) && isKnown(r.held));
  it.each(held.map((r) => ({ n: r.number })))("round $n: the venue is not recorded, never a Yes", ({ n }) => {
    for (const q of [
      `Was round ${n} held at the Hilton?`,
      `Was round ${n} held at MOFA's Iikura House?`,
      `Round ${n} was held at the Foreign Ministry building.`,
    ])
      expect(answerer.ask(q).text, q).toMatch(/^Not recorded/);
  });
});

describe("a round's number is no count", () => {
  it("'listed among the round 3 participants' asserts no count of 3", () => {
    const round = kb.rounds.find((r) => r.number === 3 && isKnown(r.participants.AU));
    const id =
      round && isKnown(round.participants.AU) ? round.participants.AU.value.organisations[0] : undefined;
    const org = id ? kb.organisations.get(id) : undefined;
    if (!org?.name.en) return;
    expect(verdict(`The ${org.name.en} is listed among the round 3 participants.`)).toBe("Yes");
  });
});

describe("the co-chair of a side not recorded: who is recorded commenting on that round", () => {
  it("names the commenters of that side, saying the source does not say who co-chaired", () => {
    const commenters = [...kb.people.values()].flatMap((p) =>
      p.commentedOn.map((c) => ({ person: p, round: c.round })),
    );
    const open = commenters.find(({ person, round }) => {
      const r = kb.rounds.find((x) => x.number === round);
      return r && !cochairsOf(kb, r).some((c) => c.side === person.country);
    });
    if (!open?.person.name.en)
      throw new Error("the fixture has a commenter at a round without that side's co-chair");
    const side = open.person.country === "JP" ? "Japanese" : "Australian";
    const text = answerer.ask(`Who was the ${side} co-chair of round ${open.round}?`).text;
    expect(text).toContain(open.person.name.en);
    expect(text).toMatch(/does not say who co-chaired/);
  });
});

describe("what a person recorded commenting on a round said", () => {
  it("is quoted from the source, asked of the person", () => {
    const person = [...kb.people.values()].find((p) => p.commentedOn.length > 0 && p.name.en);
    const comment = person?.commentedOn[0];
    if (!person?.name.en || !comment) throw new Error("the fixture has a person recorded commenting");
    const answer = answerer.ask(`What did ${person.name.en} say about round ${comment.round}?`);
    expect(answer.intent).toBe("person");
    expect(answer.text).toContain(comment.evidence[0]?.quote ?? "");
  });
});

describe("who commented on a round", () => {
  it("names the people recorded commenting on it, with their words; no one when none is recorded", () => {
    const person = [...kb.people.values()].find((p) => p.commentedOn.length > 0 && p.name.en);
    const round = person?.commentedOn[0]?.round;
    if (!person?.name.en || round === undefined)
      throw new Error("the fixture has a person recorded commenting");
    const asked = answerer.ask(`Who commented on round ${round}?`);
    expect(asked.intent).toBe("person");
    expect(asked.text).toContain(person.name.en);
    const silent = kb.rounds.find(
      (r) => ![...kb.people.values()].some((p) => p.commentedOn.some((c) => c.round === r.number)),
    );
    if (silent)
      expect(answerer.ask(`Who commented on round ${silent.number}?`).text).toMatch(/^Not recorded — no one/);
  });
});
