/**
 * The understanding mechanisms added for unseen phrasings, each tested on its own: long input keeps its end,
 * accents and romanisation variants, hiragana domain words, round descriptions, year and number spans.
 */
import { describe, expect, it } from "vitest";
import { kanaToTerms } from "../../../src/knowledge/understand/kana.ts";
import { cleanInput, matchKey, wordKey } from "../../../src/knowledge/understand/normalise.ts";
import { understand } from "../fixture.ts";

describe("normalisation", () => {
  it("a long input keeps its beginning and its end, within the bound", () => {
    const text = cleanInput(`${"padding ".repeat(500)}who co-chaired round 1?`);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text.endsWith("who co-chaired round 1?")).toBe(true);
  });
  it("Latin accents go, Japanese stays", () => {
    expect(matchKey("Ōtaka Kōichi")).toBe("otaka koichi");
    expect(matchKey("ガイド")).toBe("ガイド");
  });
  it("short round forms", () => {
    expect(wordKey("R2")).toBe("round 2");
    expect(wordKey("rd3")).toBe("round 3");
    expect(wordKey("CPD")).toBe("cyber policy dialogue");
  });
  it("hiragana domain words", () => {
    expect(kanaToTerms("だい2かいの きょうどうぎちょうは だれ？")).toBe("第2回の 共同議長は だれ？");
    expect(kanaToTerms("かいさいちは？")).toBe("開催地は？");
  });
});

describe("understanding", () => {
  const q = (text: string) => understand(text).query;
  it("abbreviations and sides", () => {
    expect(q("AU co-chair R1?")).toMatchObject({ intent: "cochairs", side: "AU", round: 1 });
    expect(q("JP agencies @ rd 2")).toMatchObject({ intent: "agencies", side: "JP", round: 2 });
  });
  it("rounds described by a co-chair, an outcome, a move, a year after the agreement", () => {
    expect(q("Which agencies attended the round Feakin co-chaired?")).toMatchObject({
      intent: "agencies",
      round: 3,
    });
    expect(q("When was the round after the one Okada chaired?")).toMatchObject({
      intent: "when_where",
      round: 2,
    });
    expect(q("Who co-chaired the meeting that issued the joint statement?")).toMatchObject({
      intent: "cochairs",
      round: 3,
    });
    expect(q("When was the round planned for Canberra that ended up in Tokyo?")).toMatchObject({ round: 3 });
    expect(q("Where was the round held two years after the leaders' agreement?")).toMatchObject({ round: 2 });
  });
  it("romanisation and kanji variants of names", () => {
    expect(q("Who is Ohtaka?")).toMatchObject({ intent: "person", person: "otaka-masato" });
    expect(q("Who is Mizusima?")).toMatchObject({ person: "mizushima-koichi" });
    expect(q("水島大使は誰？")).toMatchObject({ person: "mizushima-koichi" });
    expect(q("岡本大使は誰？").person).toBeUndefined();
  });
  it("other forums are not this dialogue", () => {
    expect(q("When is the next 2+2?").intent).toBe("unknown");
    expect(q("日豪EPAの発効日は？").intent).toBe("unknown");
  });
  it("spans of years and of rounds", () => {
    const u = understand("Who co-chaired rounds 1-3?");
    expect(u.hints.rounds).toEqual([1, 2, 3]);
    expect(understand("Which agencies came between 2016 and 2017?").hints.rounds).toEqual([2, 3]);
  });
});
