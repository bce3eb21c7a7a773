import { describe, expect, it } from "vitest";
import { verdictOf } from "../../../src/knowledge/claims/verdict.ts";
import { ask, kb, understand } from "../fixture.ts";

/** People the data writes only in Latin letters, named in katakana: full name, with or without the middle dot. */
const LATIN_ONLY = [...kb.people.values()].filter((p) => p.name.en && !p.name.ja);

describe("katakana full names in yes/no questions", () => {
  const cases: [string, string][] = [
    ["ロブ・マッキノン", "mckinnon-rob"],
    ["ロブマッキノン", "mckinnon-rob"],
    ["マッキノン", "mckinnon-rob"],
    ["トビアス・フィーキン", "feakin-tobias"],
    ["トビアスフィーキン", "feakin-tobias"],
    ["フィーキン", "feakin-tobias"],
  ];
  it.each(cases)("%s is read as a person on record, and the question as yes/no", (name, id) => {
    expect(LATIN_ONLY.some((p) => p.id === id)).toBe(true);
    const u = understand(`${name}は第2回の共同議長でしたか？`);
    expect(u.query.person).toBe(id);
    expect(u.hints.yesno).toBe(true);
  });

  it("answers each by that person's record", () => {
    expect(verdictOf(ask("ロブ・マッキノンは第2回の共同議長でしたか？").answer.text)).toBe("yes");
    expect(verdictOf(ask("ロブ・マッキノンは第3回の共同議長でしたか？").answer.text)).toBe("no");
    expect(verdictOf(ask("トビアス・フィーキンは第3回の日本側共同議長？").answer.text)).toBe("no");
    expect(verdictOf(ask("トビアスフィーキンは第3回の共同議長ですよね").answer.text)).toBe("yes");
  });

  it("does not read an unrelated katakana word as a name", () => {
    const u = understand("キャンベラは第1回の開催地でしたか？");
    expect(u.query.person).toBeUndefined();
  });
});
