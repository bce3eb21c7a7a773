import { describe, expect, it } from "vitest";
import { consonantSkeleton, katakanaToRomaji } from "../../../src/knowledge/understand/kana.ts";

const same = (latin: string, katakana: string) =>
  expect(consonantSkeleton(katakanaToRomaji(katakana)), `${latin} / ${katakana}`).toBe(
    consonantSkeleton(latin),
  );

describe("a name in katakana and in Latin letters have one consonant skeleton", () => {
  it("for names written the same way", () => {
    same("Feakin", "フィーキン");
    same("McKinnon", "マッキノン");
  });
  it("an r after a vowel before a consonant or the end is a long vowel in katakana", () => {
    same("Robert", "ロバート");
    same("Hayhurst", "ヘイハースト");
    same("Justin Hayhurst", "ジャスティン・ヘイハースト");
  });
  it("an r before a vowel is kept", () => {
    expect(consonantSkeleton("Rob")).toContain("r");
    expect(consonantSkeleton("Brisbane")).toContain("r");
  });
});
