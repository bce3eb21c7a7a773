/**
 * What the reading steps share: the tools built once per knowledge base, and the scan — the question as
 * read so far (words, names, places, round references, cue scores, form), filled in step by step.
 */
import type { Intent, Locale, Query, Side } from "../../answer-types.ts";
import type { NameIndex } from "../../indexes.ts";
import type { KnowledgeBase } from "../../load.ts";
import type { RoundDescription } from "../describe-round.ts";
import type { EntityMention } from "../entities.ts";
import type { Speller } from "../fuzzy.ts";
import type { Hints, Understanding } from "../hints.ts";
import type { Defused } from "../hostile.ts";
import type { CueScores } from "../intent.ts";
import type { NameSpotter } from "../names.ts";
import type { Token } from "../normalise.ts";
import type { CityHit, Places } from "../places.ts";
import type { RelatedMention } from "../rounds.ts";
import type { Scope, ScopeVerdict } from "../scope.ts";
import type { Form } from "./form.ts";

/** Built once per knowledge base: every question is read with them. */
export interface Tools {
  kb: KnowledgeBase;
  index: NameIndex;
  speller: Speller;
  places: Places;
  names: NameSpotter;
  /** words that are never corrected (vocabulary, cue words, common English) */
  known: Set<string>;
  /** every cue word with its intent */
  cueWord: Map<string, string>;
  /** every recorded outcome, in matching form */
  outcomes: { round: number; en: string; ja: string }[];
  /** whether a question is about this dialogue at all (scope.ts) */
  scope: Scope;
}

/** The question as read so far. Steps fill it in order; later steps read what earlier ones found. */
export interface Scan {
  /** what scope.ts made of the question (set by the scope step) */
  scope?: ScopeVerdict;
  locale: Locale;
  defused: Defused;
  /** the question after clean-up, with impossible round numbers taken out */
  input: string;
  /** the words read (at most 80: the first 30 and the last 50) */
  tokens: Token[];
  /** matching forms of the words, corrected in place toward the vocabulary or the names */
  words: string[];
  /** words that belong to a name (or to a description of a round) */
  consumed: boolean[];
  corrected: boolean[];
  /** the Japanese part of the question in matching form, and what is left of it once names are taken out */
  compact: string;
  japanese: string;
  mentions: EntityMention[];
  description?: RoundDescription;
  cityHits: CityHit[];
  roundMentions: RelatedMention[];
  side?: Side;
  /** the question's words outside names ("ent" stands for a name), and their cue scores */
  cueText: string[];
  text: string;
  scores: CueScores;
  form: Form;
  /** something in the question shows it is about the dialogue */
  anchor: boolean;
  unknownName?: string;
  topicWords: string[];
  intent: Intent;
  query: Query;
  hints: Hints;
  confidence: "high" | "low";
}

/** A step's way of stopping the reading: the question cannot be served ("help", off-topic, empty…). */
export type Stop = Understanding;

export function stop(locale: Locale, hints: Hints, reason: Hints["reason"]): Stop {
  return { locale, query: { intent: "unknown" }, hints: { ...hints, reason }, confidence: "low" };
}
