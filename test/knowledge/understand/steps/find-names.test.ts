import { describe, expect, it } from "vitest";
import { findNames } from "../../../../src/knowledge/understand/steps/find-names.ts";
import { kb, understand } from "../../fixture.ts";
import { scanUpTo } from "./helpers.ts";

const person = kb.people.get("feakin-tobias") ?? [...kb.people.values()][0];
const ids = (q: string) => scanUpTo(q, findNames).scan.mentions.map((m) => m.ref.id);

describe("step: names", () => {
  it("finds a person by full name, family name, misspelling and katakana", () => {
    if (!person) throw new Error("no people on record");
    const family = person.name.en?.split(" ").at(-1) ?? "";
    expect(ids(`Who is ${person.name.en}?`)).toContain(person.id);
    expect(ids(`what did ${family} do`)).toContain(person.id);
    expect(ids(`who is ${family.slice(0, -1)}n${family.slice(-1)}`)).toContain(person.id);
    if (person.name.ja) expect(ids(`${person.name.ja}は誰？`)).toContain(person.id);
  });
  it("finds people written in katakana by family name or full name, with or without the dot", () => {
    // (a name the research notes transcribe: McKinnon → マッキノン)
    expect(ids("マッキノンは第2回の共同議長でしたか？")).toContain("mckinnon-rob");
    expect(ids("ロブ・マッキノンは第2回の共同議長でしたか？")).toContain("mckinnon-rob");
    expect(ids("ロブマッキノンは誰？")).toContain("mckinnon-rob");
  });
  it("finds organisations by acronym, with the span of the words", () => {
    const { scan } = scanUpTo("Did DFAT attend round 1?", findNames);
    const dfat = scan.mentions.find((m) => m.ref.id === "dfat");
    expect(dfat?.start).toBe(1);
    expect(dfat?.end).toBe(2);
  });
  it("finds no name in a question without one", () => {
    expect(ids("when was the second round held?")).toEqual([]);
    expect(ids("what is the weather like today")).toEqual([]);
  });
});

describe("an organisation's name asked in a language", () => {
  it("keeps the organisation named: 'in Japanese' is the language, not Japan's side", () => {
    const au = [...kb.organisations.values()].find((o) => o.country === "AU" && o.name.en);
    if (!au?.name.en) return;
    expect(understand(`What is the ${au.name.en} called in Japanese?`).query.organisation).toBe(au.id);
  });
});
