import { describe, expect, it } from "vitest";
import { MONTHS, ROUND_NOUNS, SIDE_WORDS } from "../../../src/knowledge/understand/vocabulary.ts";
import {
  VOCABULARY_LEXICON,
  VocabularyLexiconSchema,
} from "../../../src/knowledge/understand/vocabulary-lexicon.ts";

describe("the vocabulary lexicon is data in base forms", () => {
  it("validates, and rejects what is not a base form in lower case", () => {
    expect(VocabularyLexiconSchema.safeParse(VOCABULARY_LEXICON).success).toBe(true);
    const bad = { ...VOCABULARY_LEXICON, round: { ...VOCABULARY_LEXICON.round, nouns: ["Round"] } };
    expect(VocabularyLexiconSchema.safeParse(bad).success).toBe(false);
    const short = { ...VOCABULARY_LEXICON, months: VOCABULARY_LEXICON.months.slice(1) };
    expect(VocabularyLexiconSchema.safeParse(short).success).toBe(false);
  });
  it("the forms are made by rule: plurals, month abbreviations, possessives", () => {
    for (const noun of VOCABULARY_LEXICON.round.nouns) expect(ROUND_NOUNS.has(`${noun}s`)).toBe(true);
    expect(ROUND_NOUNS.has("ones")).toBe(false);
    VOCABULARY_LEXICON.months.forEach((m, i) => {
      expect(MONTHS[m]).toBe(i + 1);
      expect(MONTHS[m.slice(0, 3)]).toBe(i + 1);
    });
    expect(SIDE_WORDS.japans).toBe("JP");
    expect(SIDE_WORDS.aussies).toBe("AU");
    expect(SIDE_WORDS.tokyos).toBe("JP");
    expect(SIDE_WORDS.tokyo).toBeUndefined();
    expect(SIDE_WORDS.japaneses).toBeUndefined();
  });
});
