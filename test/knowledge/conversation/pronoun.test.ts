import { describe, expect, it } from "vitest";
import { resolvePronoun } from "../../../src/knowledge/conversation/pronoun.ts";
import { cochairsOf, isKnown } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";
import { converse } from "./converse.ts";

const contextOf = (q: string) => {
  const context = answerer.ask(q).context;
  if (!context) throw new Error(`no context after "${q}"`);
  return context;
};

/** A round whose Japanese list names the organisation, and one whose complete list does not (if any). */
const japaneseOrg = [...kb.organisations.values()].find((o) => o.country === "JP" && o.acronym);
const listed = kb.rounds.find(
  (r) =>
    isKnown(r.participants.JP) &&
    japaneseOrg &&
    r.participants.JP.value.organisations.includes(japaneseOrg.id),
);

describe("pronouns and the subject Japanese leaves out", () => {
  it("'it' after an organisation is the organisation when taking part is asked", () => {
    if (!japaneseOrg?.acronym || !listed)
      throw new Error("the fixture has a Japanese organisation on a list");
    const context = contextOf(`What is ${japaneseOrg.acronym}?`);
    expect(resolvePronoun(kb, `did it attend round ${listed.number}?`, context).organisation).toBe(
      japaneseOrg.id,
    );
    expect(resolvePronoun(kb, "when was it held?", context).organisation).toBeUndefined();
  });
  it("「第N回に参加してた？」 after an organisation asks about that organisation", () => {
    if (!japaneseOrg?.acronym || !listed)
      throw new Error("the fixture has a Japanese organisation on a list");
    const context = contextOf(`${japaneseOrg.acronym}って何？`);
    const resolved = resolvePronoun(kb, `第${listed.number}回に参加してた？`, context);
    expect(resolved.organisation).toBe(japaneseOrg.id);
    const [, answer] = converse([`${japaneseOrg.acronym}って何？`, `第${listed.number}回に参加してた？`]);
    expect(answer?.text).toMatch(/^はい/);
  });
  it("'when did it first appear?' after an organisation is its first round", () => {
    if (!japaneseOrg?.acronym) throw new Error("the fixture has a Japanese organisation with an acronym");
    const context = contextOf(`What is ${japaneseOrg.acronym}?`);
    expect(resolvePronoun(kb, "when did it first appear?", context).organisation).toBe(japaneseOrg.id);
  });
  it("leaves a question that names its own subject, or asks which ones, as it is", () => {
    if (!japaneseOrg?.acronym || !listed)
      throw new Error("the fixture has a Japanese organisation on a list");
    const context = contextOf(`${japaneseOrg.acronym}って何？`);
    for (const q of [
      `第${listed.number}回に参加した機関は？`,
      `外務省は第${listed.number}回に参加した？`,
      `誰が第${listed.number}回に出席した？`,
    ]) {
      expect(resolvePronoun(kb, q, context).text, q).toBe(q);
    }
  });
  it("after a person, the left-out subject is the person", () => {
    const person = kb.rounds.flatMap((r) => cochairsOf(kb, r)).find((c) => c.person.name.en)?.person;
    if (!person?.name.en) throw new Error("the fixture has a co-chair with an English name");
    const context = contextOf(`Who is ${person.name.en}?`);
    expect(resolvePronoun(kb, "第1回にも出席してた？", context).person).toBe(person.id);
  });
});
