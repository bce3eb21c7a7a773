/**
 * The answering engine's public contract. Transports (Discord, console, CLI) depend on these types only,
 * never on how a question is understood.
 */
import { INTENT_SPECS } from "./intents/registry.ts";

export type Locale = "en" | "ja";

/** Every intent, in registry order (src/knowledge/intents/registry.ts: one module per intent). */
export type Intent = (typeof INTENT_SPECS)[number]["name"];
export const INTENTS: readonly Intent[] = INTENT_SPECS.map((spec) => spec.name);

export type Side = "JP" | "AU";

/** What a question asks, once understood; also what slash commands build directly from their options. */
export interface Query {
  intent: Intent;
  round?: number;
  side?: Side;
  /** organisation id */
  organisation?: string;
  /** person id */
  person?: string;
  /** glossary term id */
  term?: string;
  /** for membership: what is asked of the organisation/person ("attended" | "cochaired" | "held_in") */
  relation?: "attended" | "cochaired" | "held_in";
  /** for membership "held_in": the city asked about, as typed */
  place?: string;
}

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

/** A labelled part of an answer (an embed field in Discord, a paragraph in text). */
export interface AnswerSection {
  heading: string;
  body: string;
}

/** Another reading of an ambiguous or low-confidence question, offered as "did you mean…". */
export interface Suggestion {
  /** short label for a button or menu option (≤ 80 chars) */
  label: string;
  query: Query;
}

export interface Answer {
  question: string;
  intent: Intent;
  round: number | null;
  locale: Locale;
  /** one-line heading, e.g. "Co-chairs of the 2nd round (2 August 2016, Tokyo)" */
  title: string;
  /** the answer itself, plain text with light Markdown; starts with Yes/No (はい/いいえ) for yes/no questions */
  text: string;
  sections: AnswerSection[];
  sources: SourceRef[];
  /** "low" when the question was understood only partly; suggestions then hold other readings */
  confidence: "high" | "low";
  suggestions: Suggestion[];
  /** what a follow-up to this answer needs (absent when the answer carries nothing to follow up on) */
  context?: TurnContext;
}

export interface SearchHit {
  kind: "round" | "organisation" | "person" | "topic" | "term";
  id: string;
  label: string;
  detail: string;
  /** the query that answers about this hit */
  query: Query;
}

export interface Choice {
  name: string;
  value: string;
}

/**
 * What a follow-up question needs from the same person's previous turn in the same conversation: small and
 * JSON-serialisable, so a transport can carry it in process memory or inside the answer message itself.
 */
export interface TurnContext {
  /** what the previous turn asked, about which round, side, organisation, person or term */
  query: Query;
  /** every round the previous turn was about, in order (a comparison or a list names several) */
  rounds?: number[];
  locale: Locale;
  /** the previous turn was a yes/no question ("was MOFA at round 2?" → "and round 3?" asks yes/no too) */
  yesno?: boolean;
  /** the place the previous turn named or was about (English name): what "there" refers to */
  place?: string;
  /** the round of the turn before it, when that was another round ("the one before?" after round 2: 2) */
  earlier?: number;
  /** the words a question about topics asked of ("was cybercrime discussed?" → "and at round 2?") */
  topicWords?: string[];
  /** the previous turn asked about the round's press release ("when did the release come out?") */
  released?: boolean;
  /** the previous turn asked how long between two moments ("and to the 5th?" asks it again) */
  duration?: boolean;
}

export interface AskOptions {
  /** forces the answer language */
  locale?: Locale;
  /** the asker's previous turn in this conversation, if any: a question that leaves things out is read in it */
  context?: TurnContext;
  /** only the first line of the answer and one source */
  short?: boolean;
}

/** Built once per loaded knowledge base; every method is synchronous and never throws on any input. */
export interface Answerer {
  /** A question in plain words (English or Japanese); `locale` forces the answer language. */
  ask(question: string, options?: AskOptions): Answer;
  /** A query built by a slash command. */
  answerQuery(query: Query, options: { locale: Locale; question?: string }): Answer;
  search(text: string, options?: { limit?: number; locale?: Locale }): SearchHit[];
  /** Autocomplete for a round option: any form of round reference, partial input, ≤ 25 choices. */
  roundChoices(partial: string, locale: Locale): Choice[];
  /** Autocomplete for an organisation option: names and acronyms in both languages, ≤ 25 choices. */
  organisationChoices(partial: string, locale: Locale): Choice[];
  /** Renders an answer as plain text for a terminal or a JSON `answer` field, sources included. */
  renderText(answer: Answer): string;
}
