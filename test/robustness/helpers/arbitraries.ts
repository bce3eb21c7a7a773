/** fast-check arbitraries for hostile text and for everything the engine can hand the renderer. */
import fc from "fast-check";
import type { CommandResult } from "../../../src/commands/types.ts";
import { type Answer, INTENTS, type Query, type SearchHit } from "../../../src/knowledge/answer-types.ts";
import { HOSTILE_FRAGMENTS } from "./well-formed.ts";

export const fragment = fc.constantFrom(...HOSTILE_FRAGMENTS);

/** Any string a person (or a hostile client) might type, mostly short, sometimes long. */
export const hostileText = (maxLength = 600): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.string({ unit: "binary", maxLength: Math.min(maxLength, 300) }), weight: 3 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: Math.min(maxLength, 200) }), weight: 2 },
    {
      arbitrary: fc
        .array(fc.oneof(fragment, fc.string({ unit: "grapheme-ascii", maxLength: 20 })), { maxLength: 12 })
        .map((parts) => parts.join(" ").slice(0, maxLength)),
      weight: 4,
    },
    {
      // long: a fragment repeated up to the limit
      arbitrary: fc
        .tuple(fragment, fc.integer({ min: 1, max: maxLength }))
        .map(([f, n]) => (f || "x").repeat(Math.ceil(n / Math.max(1, f.length))).slice(0, maxLength)),
      weight: 1,
    },
  );

const snowflake = fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String);
export const userId = snowflake;

const query: fc.Arbitrary<Query> = fc.record(
  {
    intent: fc.constantFrom(...INTENTS),
    round: fc.integer({ min: -5, max: 1000 }),
    side: fc.constantFrom("JP" as const, "AU" as const),
    organisation: fc.string({ maxLength: 120 }),
    person: fc.string({ maxLength: 120 }),
    term: fc.string({ maxLength: 120 }),
  },
  { requiredKeys: ["intent"] },
);

const section = fc.record({ heading: hostileText(400), body: hostileText(2000) });
const source = fc.record({
  id: fc.string({ maxLength: 40 }),
  title: hostileText(400),
  publisher: hostileText(100),
  url: fc.oneof(fc.webUrl(), hostileText(300)),
});

export const answer: fc.Arbitrary<Answer> = fc.record({
  question: hostileText(5000),
  intent: fc.constantFrom(...INTENTS),
  round: fc.option(fc.integer({ min: -1, max: 999 }), { nil: null }),
  locale: fc.constantFrom("en" as const, "ja" as const),
  title: hostileText(600),
  text: hostileText(6000),
  sections: fc.array(section, { maxLength: 40 }),
  sources: fc.array(source, { maxLength: 40 }),
  confidence: fc.constantFrom("high" as const, "low" as const),
  suggestions: fc.array(fc.record({ label: hostileText(200), query }), { maxLength: 12 }),
});

const hit: fc.Arbitrary<SearchHit> = fc.record({
  kind: fc.constantFrom("round", "organisation", "person", "topic", "term"),
  id: fc.string({ maxLength: 150 }),
  label: hostileText(300),
  detail: hostileText(300),
  query,
});

export const commandResult: fc.Arbitrary<CommandResult> = fc.oneof(
  { arbitrary: answer.map((a) => ({ kind: "answer" as const, answer: a })), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant("search" as const),
      text: hostileText(600),
      hits: fc.array(hit, { maxLength: 40 }),
      locale: fc.constantFrom("en" as const, "ja" as const),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("info" as const),
      title: hostileText(600),
      text: hostileText(6000),
      sections: fc.array(section, { maxLength: 40 }),
      locale: fc.constantFrom("en" as const, "ja" as const),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("notice" as const),
      text: hostileText(5000),
      locale: fc.constantFrom("en" as const, "ja" as const),
    }),
    weight: 1,
  },
);
