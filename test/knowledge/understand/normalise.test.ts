import { describe, expect, it } from "vitest";
import {
  cleanInput,
  expandShortYears,
  looksJapanese,
  matchKey,
  tokenise,
  truncate,
} from "../../../src/knowledge/understand/normalise.ts";

describe("cleanInput", () => {
  it("removes control, zero-width and bidi characters and lone surrogates", () => {
    expect(cleanInput("who\u200b co\u202e-chaired\u0007 round\uD800 2?")).toBe("who co-chaired round 2?");
  });
  it("folds full-width characters (NFKC) and bounds the length", () => {
    expect(cleanInput("第２回")).toBe("第2回");
    expect(cleanInput("a ".repeat(100_000)).length).toBeLessThanOrEqual(500);
  });
  it("accepts anything without throwing", () => {
    for (const value of [undefined, null, 42, {}, "", "\uDFFF", "💥".repeat(1000)]) {
      expect(() => cleanInput(value)).not.toThrow();
    }
  });
});

describe("expandShortYears", () => {
  it.each([
    ["who ran the aus side in '16", "who ran the aus side in 2016"],
    ["what happened in ’17?", "what happened in 2017?"],
    ["('15 round)", "(2015 round)"],
  ])("%s → %s", (typed, read) => {
    expect(expandShortYears(typed)).toBe(read);
  });
  it.each(["it's Rob's", "round 2's date", "'165", "the '16%"])("leaves %s as it is", (typed) => {
    expect(expandShortYears(typed)).toBe(typed);
  });
});

describe("looksJapanese (by script)", () => {
  it.each([
    ["第2回協議の共同議長は？", true],
    ["NISCとは？", true],
    ["Who co-chaired the 2nd round?", false],
    ["Was 水嶋 a co-chair of the second round?", false],
  ])("%s → %s", (text, expected) => expect(looksJapanese(text)).toBe(expected));
});

describe("matchKey and tokenise", () => {
  it("spells out abbreviations and ignores punctuation and possessives", () => {
    expect(matchKey("Dept. of Home Affairs")).toBe("department of home affairs");
    expect(matchKey("PM&C")).toBe("pm and c");
    expect(matchKey("Australia's ACSC")).toBe("australia acsc");
    expect(matchKey("co-chaired")).toBe("cochaired");
  });
  it("splits Latin words from Japanese written together", () => {
    expect(tokenise("NISCとは？").map((t) => t.text)).toEqual(["nisc", "とは"]);
    expect(tokenise("JPCERT/CC").map((t) => t.text)).toEqual(["jpcert", "cc"]);
  });
  it("marks acronyms typed in capitals", () => {
    expect(tokenise("was the AFP there").find((t) => t.text === "afp")?.upper).toBe(true);
  });
});

describe("truncate", () => {
  it("cuts on a word boundary with an ellipsis", () => {
    expect(truncate("one two three four", 10)).toBe("one two…");
    expect(truncate("short", 10)).toBe("short");
  });
});

describe("possessives", () => {
  it("of words and of numbers are read without the 's", () => {
    expect(tokenise("round 4's co-chairs").map((t) => t.text)).toEqual(["round", "4", "cochairs"]);
  });
});
