import { describe, expect, it } from "vitest";
import { INTENTS } from "../../../src/knowledge/answer-types.ts";
import { INTENT_SPECS } from "../../../src/knowledge/intents/registry.ts";
import { CueGroupSchema } from "../../../src/knowledge/intents/spec.ts";
import { cues, intentLabel, refinements, scoredIntents } from "../../../src/knowledge/intents/tables.ts";

describe("intent registry", () => {
  it("is the one list the intent names come from", () => {
    expect(INTENTS).toEqual(INTENT_SPECS.map((s) => s.name));
    expect(new Set(INTENTS).size).toBe(INTENTS.length);
    expect(INTENTS).toContain("unknown");
  });
  it("gives every intent a composer and a label in both languages", () => {
    for (const spec of INTENT_SPECS) {
      expect(typeof spec.compose).toBe("function");
      for (const round of [undefined, 2]) {
        expect(intentLabel(spec.name, round, "en").length).toBeGreaterThan(0);
        expect(intentLabel(spec.name, round, "ja").length).toBeGreaterThan(0);
      }
    }
  });
  it("derives the tie-break order and refinements from the modules", () => {
    expect(new Set(scoredIntents()).size).toBe(scoredIntents().length);
    for (const { intent, of } of refinements()) {
      expect(INTENTS).toContain(of);
      expect(scoredIntents()).not.toContain(intent);
    }
    expect(refinements()).toContainEqual({ intent: "outcomes", of: "topics" });
  });
  it("compiles every cue family, and no cue word is in two families of one intent", () => {
    expect(cues().length).toBeGreaterThan(0);
    for (const spec of INTENT_SPECS) {
      const words = (spec.cues ?? []).flatMap((c) => c.words ?? []);
      expect(new Set(words).size, spec.name).toBe(words.length);
    }
  });
});

describe("cue lexicon schema", () => {
  it("accepts a well-formed cue family", () => {
    expect(
      CueGroupSchema.safeParse({ weight: 3, words: ["outcome"], phrases: ["came out of"] }).success,
    ).toBe(true);
  });
  it("rejects words not in matching form, bad patterns, unknown fields and bad weights", () => {
    expect(CueGroupSchema.safeParse({ weight: 3, words: ["Outcome"] }).success).toBe(false);
    expect(CueGroupSchema.safeParse({ weight: 3, words: ["co-chair"] }).success).toBe(false);
    expect(CueGroupSchema.safeParse({ weight: 3, phrases: ["(unclosed"] }).success).toBe(false);
    expect(CueGroupSchema.safeParse({ weight: 3, extra: true }).success).toBe(false);
    expect(CueGroupSchema.safeParse({ weight: 0 }).success).toBe(false);
    expect(CueGroupSchema.safeParse({ weight: 2, inflected: ["attend"] }).success).toBe(true);
    expect(CueGroupSchema.safeParse({ weight: 2, inflected: ["attend2"] }).success).toBe(false);
  });
});
