/**
 * The per-intent tables, derived from the registry: looked up by name, with cue families validated
 * against the lexicon schema and compiled once.
 */
import type { Intent, Locale } from "../answer-types.ts";
import { SIDE_WORDS } from "../understand/vocabulary.ts";
import { INTENT_SPECS } from "./registry.ts";
import { type CueGroup, CueGroupSchema, type IntentSpec } from "./spec.ts";

export function intentSpec(intent: Intent): IntentSpec<Intent> {
  return (INTENT_SPECS.find((s) => s.name === intent) ??
    INTENT_SPECS[INTENT_SPECS.length - 1]) as IntentSpec<Intent>;
}

/** A short label for a query ("Co-chairs of the 2nd round"): never a person's or an organisation's name. */
export function intentLabel(intent: Intent, round: number | undefined, locale: Locale): string {
  return intentSpec(intent).label(round, locale);
}

/** Intents whose answer does not depend on a round. */
export const roundless = (intent: Intent): boolean => !intentSpec(intent).slots.includes("round");

/** Intents that can answer about several rounds at once. */
export const multiRound = (intent: Intent): boolean => intentSpec(intent).multiRound === true;

/** A cue family compiled for matching. */
export interface Cue {
  intent: Intent;
  weight: number;
  anchors: boolean;
  words: string[];
  /** base forms matched with their inflections */
  inflected: string[];
  phrases?: RegExp;
  ja?: RegExp;
}

/** Word classes a phrase may name: "{side}" is any word naming a side. */
const CLASSES: Record<string, string> = { side: `(?:${Object.keys(SIDE_WORDS).join("|")})` };
const expand = (phrase: string) => phrase.replace(/\{(\w+)\}/g, (all, name: string) => CLASSES[name] ?? all);

/** Phrases are matched between word boundaries over the question's words. */
function compile(intent: Intent, group: CueGroup): Cue {
  const g = CueGroupSchema.parse(group);
  return {
    intent,
    weight: g.weight,
    anchors: g.anchors ?? false,
    words: g.words ?? [],
    inflected: g.inflected ?? [],
    ...(g.phrases?.length ? { phrases: new RegExp(`\\b(?:${g.phrases.map(expand).join("|")})\\b`) } : {}),
    ...(g.ja?.length ? { ja: new RegExp(g.ja.join("|")) } : {}),
  };
}

/** Computed on first use: intent modules import the composers, which import these tables (a cycle). */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

export const cues = once((): readonly Cue[] =>
  INTENT_SPECS.flatMap((spec) => (spec.cues ?? []).map((group) => compile(spec.name, group))),
);

/** Intents chosen by cue score, in tie-break order (the more specific reading first). */
export const scoredIntents = once((): readonly Intent[] =>
  INTENT_SPECS.filter((s) => s.priority !== undefined)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0))
    .map((s) => s.name),
);

/** The broader intent a narrower one refines ("outcomes" → "topics"). */
export const refinements = once((): readonly { intent: Intent; of: Intent }[] =>
  INTENT_SPECS.flatMap((s) =>
    "refines" in s && s.refines ? [{ intent: s.name as Intent, of: s.refines as Intent }] : [],
  ),
);
