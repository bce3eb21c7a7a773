/**
 * The answering engine: built once per loaded knowledge base (indexes, vocabulary, choices), then every
 * call is synchronous, cheap and total: whatever the input, it returns an answer and never throws.
 */
import { compose } from "./answer/compose.ts";
import { noHints } from "./answer/context.ts";
import { Draft } from "./answer/draft.ts";
import { pick } from "./answer/format.ts";
import { type Answer, type Answerer, INTENTS, type Locale, type Query } from "./answer-types.ts";
import { OrganisationChoices, RoundChoices } from "./choices.ts";
import { converse, type Engine } from "./conversation/converse.ts";
import { contextOf } from "./conversation/turn-context.ts";
import { NameIndex } from "./indexes.ts";
import type { KnowledgeBase } from "./load.ts";
import { renderText } from "./render-text.ts";
import { Searcher } from "./search.ts";
import { Understander } from "./understand/understand.ts";

const asLocale = (value: unknown): Locale | undefined =>
  value === "ja" || value === "en" ? value : undefined;
const asText = (value: unknown): string => (typeof value === "string" ? value : "");

/** A query from a slash command, checked: unknown fields are dropped, a bad intent becomes "unknown". */
function sanitiseQuery(query: Query | undefined): Query {
  const q = (query ?? {}) as Partial<Query>;
  const intent = INTENTS.includes(q.intent as Query["intent"]) ? (q.intent as Query["intent"]) : "unknown";
  const out: Query = { intent };
  if (typeof q.round === "number" && Number.isInteger(q.round)) out.round = q.round;
  if (q.side === "JP" || q.side === "AU") out.side = q.side;
  for (const key of ["organisation", "person", "term", "place"] as const) {
    const value = q[key];
    if (typeof value === "string" && value.length > 0) out[key] = value.slice(0, 100);
  }
  if (q.relation === "attended" || q.relation === "cochaired" || q.relation === "held_in")
    out.relation = q.relation;
  return out;
}

/** The last line of defence: a plain "could not answer" rather than an exception. */
function fallbackAnswer(kb: KnowledgeBase, question: string, locale: Locale): Answer {
  const draft = new Draft("unknown");
  draft.confidence = "low";
  draft.title = pick(locale, "Sorry, something went wrong", "エラーが発生しました");
  draft.say(
    pick(
      locale,
      "I could not answer that question. Please try asking it another way.",
      "この質問にはお答えできませんでした。別の言い方でお試しください。",
    ),
  );
  return draft.finish(kb, question, locale);
}

/** `now`: today's date (the clock is injectable for tests; cadence and recency answers count from it). */
export function createAnswerer(kb: KnowledgeBase, options: { now?: () => Date } = {}): Answerer {
  const index = new NameIndex(kb);
  const understander = new Understander(kb, index);
  const engine: Engine = { kb, index, understander, now: options.now ?? (() => new Date()) };
  const rounds = new RoundChoices(kb);
  const organisations = new OrganisationChoices(kb, index);
  const searcher = new Searcher(kb, index, rounds);

  const fallback = (question: string, locale: Locale) => fallbackAnswer(kb, question, locale);

  return {
    ask(question, options) {
      const text = asText(question);
      const forced = asLocale(options?.locale);
      try {
        return converse(engine, text, options);
      } catch {
        return fallback(text, forced ?? "en");
      }
    },
    answerQuery(query, options) {
      const locale = asLocale(options?.locale) ?? "en";
      const question = asText(options?.question);
      try {
        const q = sanitiseQuery(query);
        const hints = noHints();
        if (q.intent === "unknown") hints.reason = "offtopic";
        if (q.place) hints.place = q.place;
        const answer = compose({ kb, index, locale, query: q, hints }, question, "high");
        // a slash command's answer can be followed up in words like any other ("/round 1", then "co-chairs?")
        const context = contextOf(answer, q, {});
        return context ? { ...answer, context } : answer;
      } catch {
        return fallback(question, locale);
      }
    },
    search(text, options) {
      try {
        return searcher.search(text, options?.limit ?? 10, asLocale(options?.locale) ?? "en");
      } catch {
        return [];
      }
    },
    roundChoices(partial, locale) {
      try {
        return rounds.choices(partial, asLocale(locale) ?? "en");
      } catch {
        return [];
      }
    },
    organisationChoices(partial, locale) {
      try {
        return organisations.choices(partial, asLocale(locale) ?? "en");
      } catch {
        return [];
      }
    },
    renderText(answer) {
      try {
        return renderText(answer);
      } catch {
        return "";
      }
    },
  };
}
