/**
 * Property tests of the answering engine with hostile input, thousands of cases: whatever the text or query,
 * every method returns (never throws) a bounded, well-formed result. Inputs are bounded the way the bot bounds
 * them (at most 500 characters for a question, 100 for a partial), plus a few huge ones to show nothing
 * pathological happens beyond the bound. No timing assertions: the benchmark measures speed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INTENTS, type Query } from "../../src/knowledge/answer-types.ts";
import { hostileText } from "../robustness/helpers/arbitraries.ts";
import { HOSTILE_FRAGMENTS } from "../robustness/helpers/well-formed.ts";
import { answerer, kb } from "./fixture.ts";
import { expectWellFormed } from "./well-formed-answer.ts";

const locale = fc.constantFrom("en" as const, "ja" as const);

describe("the engine with hostile input (property)", () => {
  it("ask: any text, either locale or none, gets a well-formed answer", () => {
    fc.assert(
      fc.property(hostileText(500), fc.option(locale, { nil: undefined }), (question, forced) => {
        expectWellFormed(answerer.ask(question, forced ? { locale: forced } : {}), question);
      }),
      { numRuns: 2000 },
    );
  });

  it("ask: a real question wrapped in hostile fragments is still answered safely", () => {
    const real = fc.constantFrom(
      "who co-chaired the 2nd dialogue?",
      "which Australian agencies attended in 2016?",
      "第3回はいつどこで開催された？",
      "did JPCERT/CC attend the 3rd round?",
      "what does NISC stand for?",
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { maxLength: 6 }),
        real,
        (noise, question) => {
          const text = [...noise.slice(0, 3), question, ...noise.slice(3)].join(" ").slice(0, 500);
          expectWellFormed(answerer.ask(text), text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("answerQuery: any query object, valid or not, gets a well-formed answer", () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const query = fc.record(
      {
        intent: fc.oneof(fc.constantFrom(...INTENTS), anyValue),
        round: fc.oneof(fc.integer({ min: -3, max: 12 }), anyValue),
        side: fc.oneof(fc.constantFrom("JP", "AU"), anyValue),
        organisation: fc.oneof(fc.constantFrom(...kb.organisations.keys()), anyValue),
        person: fc.oneof(fc.constantFrom(...kb.people.keys()), anyValue),
        term: fc.oneof(fc.constantFrom(...kb.glossary.map((g) => g.id)), anyValue),
        relation: fc.oneof(fc.constantFrom("attended", "cochaired", "held_in"), anyValue),
        place: fc.oneof(hostileText(200), anyValue),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(query, locale, hostileText(300), (q, l, question) => {
        expectWellFormed(answerer.answerQuery(q as unknown as Query, { locale: l, question }));
      }),
      { numRuns: 2000 },
    );
  });

  it("search and autocomplete: any partial gives a bounded list, never an exception", () => {
    fc.assert(
      fc.property(hostileText(200), locale, fc.integer({ min: -5, max: 100 }), (text, l, limit) => {
        const hits = answerer.search(text, { limit, locale: l });
        expect(hits.length).toBeLessThanOrEqual(Math.max(0, limit, 25));
        for (const hit of hits) {
          expect(hit.label.trim()).not.toBe("");
          expect(INTENTS).toContain(hit.query.intent);
        }
        for (const choices of [answerer.roundChoices(text, l), answerer.organisationChoices(text, l)]) {
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.value.length).toBeGreaterThan(0);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a few huge inputs (100k characters) are answered like any other", () => {
    for (const fragment of [
      "x",
      "@everyone ",
      "第2回",
      "who co-chaired round 2? ",
      "\u200b",
      "🇯🇵",
      "\ud800",
      "```",
    ]) {
      const huge = fragment.repeat(Math.ceil(100_000 / fragment.length));
      expectWellFormed(answerer.ask(huge), huge);
      expect(answerer.search(huge).length).toBeLessThanOrEqual(25);
      expect(answerer.roundChoices(huge, "en").length).toBeLessThanOrEqual(25);
      expect(answerer.organisationChoices(huge, "ja").length).toBeLessThanOrEqual(25);
    }
  });
});
