import { describe, expect, it } from "vitest";
import { FUSE_THRESHOLD, wordsCovered } from "../../src/knowledge/indexes.ts";
import { organisationByName, personByName } from "../../src/knowledge/queries.ts";
import { answerer, index, kb } from "./fixture.ts";

const lookup = (name: string) => index.lookup(name)?.ref.id;

describe("NameIndex.lookup: any name, acronym or alias, in either language, misspelt", () => {
  it.each([
    ["National Police Agency", "npa"],
    ["NPA", "npa"],
    ["警察庁", "npa"],
    ["the JPCERT/CC", "jpcert-cc"],
    ["JPCERT", "jpcert-cc"],
    ["JPCRT", "jpcert-cc"],
    ["Dept of Home Afairs", "home-affairs"],
    ["Home Affairs dept", "home-affairs"],
    ["Department of Prime Minister & Cabinet", "pmc"],
    ["PM&C", "pmc"],
    ["Australian Cyber Security Center", "acsc"],
    ["Ministry of Defence", "mod"],
    ["Cabinet Intelligence Research Office", "ciro"],
    ["mizushma", "mizushima-koichi"],
    ["Mizushima Koichi", "mizushima-koichi"],
    ["水嶋", "mizushima-koichi"],
    ["feakn", "feakin-tobias"],
    ["Tobias Feakin", "feakin-tobias"],
    ["McKinon", "mckinnon-rob"],
    ["UN GGE", "ungge"],
    ["confidence building measures", "cbms"],
  ])("%s → %s", (name, id) => {
    expect(lookup(name)).toBe(id);
  });

  it.each([
    "Australian Federal Police",
    "AFP",
    "NSA",
    "ASIO",
    "Ministry of Justice",
    "Federal Police",
    "Department of Education",
    "John Smith",
    "Asia",
    "",
  ])("%j is not in the knowledge base and matches nothing", (name) => {
    expect(lookup(name)).toBeUndefined();
  });

  it("reports how a name was matched", () => {
    expect(index.lookup("NPA")?.how).toBe("exact");
    expect(index.lookup("mizushma")?.how).toBe("corrected");
    expect(index.lookup("Home Affairs dept")?.how).toBe("fuzzy");
  });

  it("uses a threshold that fuse.js alone would pass too loosely", () => {
    expect(FUSE_THRESHOLD).toBeGreaterThan(0);
    expect(FUSE_THRESHOLD).toBeLessThan(0.5);
    // what fuse.js finds for "Australian Federal Police" is rejected by the word check
    const candidates = index.search("Australian Federal Police");
    for (const { form } of candidates)
      expect(wordsCovered("australian federal police", form.key)).toBe(false);
  });

  it("finds by kind", () => {
    expect(organisationByName(index, "dfat")?.id).toBe("dfat");
    expect(personByName(index, "dfat")).toBeUndefined();
    expect(personByName(index, "Otaka")?.id).toBe("otaka-masato");
  });

  it("never throws on odd input", () => {
    for (const text of ["\uD800", "x".repeat(100_000), "<@123>", "🎉🎉", "\u0000"]) {
      expect(() => index.lookup(text)).not.toThrow();
    }
  });
});

describe("a short acronym typed in capitals", () => {
  const acronyms = [...kb.organisations.values()].flatMap((o) =>
    o.acronym && o.acronym.length <= 4 ? [o.acronym] : [],
  );
  it("is found exactly, and one letter away is no body on record", () => {
    for (const acronym of acronyms) {
      expect(index.lookup(acronym)?.how).toBe("exact");
      // the last letter changed to one that makes no recorded acronym
      const other = [..."QXZJ"].map((c) => `${acronym.slice(0, -1)}${c}`).find((a) => !acronyms.includes(a));
      if (other) expect(index.lookup(other), other).toBeUndefined();
    }
  });
  it("a yes/no about it is never answered about another body", () => {
    expect(answerer.ask("Was ACSM at round 5?").text).not.toMatch(/^Yes/);
  });
});
