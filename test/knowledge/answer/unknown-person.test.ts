import { describe, expect, it } from "vitest";
import { looksLikePerson } from "../../../src/knowledge/answer/membership.ts";
import { cochairsOf, isKnown } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

describe("a name not on record asked as attending a round", () => {
  it("tells a person's name from an organisation's", () => {
    for (const name of ["Kenji Watanabe", "John Smith", "Mr Tanaka", "ケンジ・ワタナベ"])
      expect(looksLikePerson(name), name).toBe(true);
    for (const name of ["AFP", "Australian Federal Police", "Home Affairs Department", "警察庁"])
      expect(looksLikePerson(name), name).toBe(false);
  });
  it("a person: not recorded — the lists name organisations; an organisation absent from complete lists: No", () => {
    const complete = kb.rounds.find((r) => isKnown(r.participants.AU) && r.participants.AU.value.complete);
    if (!complete) throw new Error("the fixture has a round with a complete Australian list");
    const verdict = (q: string) => /^(Yes|Not recorded|No)\b/.exec(answerer.ask(q).text)?.[1];
    expect(verdict(`Did Kenji Watanabe attend round ${complete.number}?`)).toBe("Not recorded");
    expect(verdict(`Did the Australian Federal Police attend round ${complete.number}?`)).toBe("No");
  });
});

describe("an organisation's role at a round", () => {
  it("is what the record holds of it there: on the list, and its official a co-chair — no verdict word", () => {
    const found = kb.rounds
      .flatMap((r) => cochairsOf(kb, r).map((c) => ({ round: r, c })))
      .map(({ round, c }) => ({
        round,
        c,
        org: c.person.roles.find((x) => x.rounds.includes(round.number))?.organisation,
      }))
      .find(
        ({ round, org }) =>
          org && isKnown(round.participants.AU) && round.participants.AU.value.organisations.includes(org),
      );
    const acronym = found?.org ? kb.organisations.get(found.org)?.acronym : undefined;
    if (!found || !acronym || !found.c.person.name.en)
      throw new Error("the fixture has a co-chair whose organisation is listed");
    const text = answerer.ask(`What was ${acronym}'s role at round ${found.round.number}?`).text;
    expect(text).not.toMatch(/^(?:Yes|No)\b/);
    expect(text).toContain(found.c.person.name.en);
  });
});
