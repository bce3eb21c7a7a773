/**
 * The words a question names rounds, months and sides with, as data in base forms (validated by zod at load).
 * Plurals, possessives and month abbreviations are made by vocabulary.ts; only what no rule makes is listed.
 * A word enters here only as a general word for its concept, never as a test question's wording.
 */
import { z } from "zod";

const Word = z
  .string()
  .min(1)
  .regex(/^[a-z]+$/, "one lower-case English word");
const Side = z.enum(["JP", "AU"]);

export const VocabularyLexiconSchema = z.object({
  round: z.object({
    /** nouns that name a round, in the singular ("round" → "rounds") */
    nouns: z.array(Word).min(1),
    /** words that name a round as they are ("talks", "one": no plural made) */
    asIs: z.array(Word),
    /** words that may stand between an ordinal and its noun ("the 2nd Japan-Australia cyber policy dialogue") */
    modifiers: z.array(Word),
  }),
  /** ordinal words and the number each means ("inaugural" is the 1st) */
  ordinals: z.record(Word, z.number().int().min(1)),
  /** number words */
  numbers: z.record(Word, z.number().int().min(1)),
  /** words for the latest round, and for the one before it */
  latest: z.array(Word).min(1),
  previous: z.array(Word).min(1),
  /** month names in full, in order (the three-letter abbreviations are made), and other abbreviations */
  months: z.array(Word).length(12),
  monthAbbreviations: z.record(Word, z.number().int().min(1).max(12)),
  /** words naming a side: countries (their possessive "japan's" is made) and the other words for them */
  sides: z.object({
    countries: z.record(Word, Side),
    /** demonyms and nicknames (their plural is made: "aussies") */
    people: z.record(Word, Side),
    /** short forms, as they are */
    short: z.record(Word, Side),
    /** cities whose possessive names a side ("Tokyo's delegation") — the city alone does not */
    cities: z.record(Word, Side),
  }),
});
export type VocabularyLexicon = z.infer<typeof VocabularyLexiconSchema>;

export const VOCABULARY_LEXICON: VocabularyLexicon = VocabularyLexiconSchema.parse({
  round: {
    nouns: ["round", "dialogue", "meeting", "session", "consultation"],
    asIs: [
      "dialog",
      "talks",
      "edition",
      "iteration",
      "one",
      "installment",
      "instalment",
      "conference",
      "gathering",
    ],
    modifiers: [
      "japan",
      "australia",
      "japanese",
      "australian",
      "cyber",
      "policy",
      "annual",
      "bilateral",
      "jp",
      "au",
      "and",
      "official",
      "formal",
    ],
  },
  ordinals: {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    twentieth: 20,
    inaugural: 1,
    initial: 1,
    earliest: 1,
    opening: 1,
    founding: 1,
  },
  numbers: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
  },
  latest: ["latest", "last", "recent", "newest", "current", "final", "lastest", "mostrecent"],
  previous: ["previous", "prior", "preceding", "penultimate"],
  months: [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ],
  monthAbbreviations: { sept: 9 },
  sides: {
    countries: { japan: "JP", australia: "AU" },
    people: { japanese: "JP", australian: "AU", aussie: "AU" },
    short: { jp: "JP", au: "AU", aus: "AU" },
    cities: { tokyo: "JP", canberra: "AU" },
  },
});
