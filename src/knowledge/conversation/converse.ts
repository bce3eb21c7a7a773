/**
 * One turn of a conversation, from the question (and the asker's previous turn) to the answer: questions
 * about the dialogue as a whole (cadence, recency), comparisons, several questions in one, and single
 * questions read in the previous turn's context; then the answer's shape (first line, sources, short).
 */
import { composeCadence, composeRecency } from "../answer/cadence.ts";
import { composeCompare } from "../answer/compare.ts";
import { compose } from "../answer/compose.ts";
import { noHints } from "../answer/context.ts";
import { Draft } from "../answer/draft.ts";
import type { Answer, AskOptions, Locale, TurnContext } from "../answer-types.ts";
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import { looksJapanese } from "../understand/normalise.ts";
import type { Understander } from "../understand/understand.ts";
import { wholeDialogueAsk } from "./asks.ts";
import { readComparison } from "./compare-reading.ts";
import { readTurn } from "./follow-up.ts";
import { readingNote, withReading } from "./reading-note.ts";
import { contextOf, parseTurnContext } from "./turn-context.ts";

export interface Engine {
  kb: KnowledgeBase;
  index: NameIndex;
  understander: Understander;
  /** today's date (injectable for tests) */
  now: () => Date;
}

/** A question about the dialogue as a whole: how often it meets, how long since it last did. */
function answerWhole(engine: Engine, question: string, locale: Locale): Answer | undefined {
  const asked = wholeDialogueAsk(question);
  if (!asked) return undefined;
  const { kb, index } = engine;
  const hints = { ...noHints(), yesno: asked.yesno };
  const ctx = { kb, index, locale, query: { intent: "rounds" as const }, hints };
  const draft = new Draft("rounds");
  if (asked.kind === "cadence") composeCadence(ctx, draft, asked.yesno);
  else composeRecency(ctx, draft, engine.now());
  const answer = draft.finish(kb, question, locale);
  return {
    ...answer,
    context: {
      query: { intent: answer.intent, ...(answer.round !== null ? { round: answer.round } : {}) },
      locale,
    },
  };
}

/** Rounds compared on what is asked; undefined when the question compares nothing. */
function answerComparison(
  engine: Engine,
  question: string,
  locale: Locale,
  previous: TurnContext | undefined,
): Answer | undefined {
  const asked = readComparison(engine.kb, question, previous);
  if (!asked) return undefined;
  const { kb, index } = engine;
  const hints = { ...noHints(), yesno: asked.yesno !== undefined };
  const draft = new Draft("round_overview");
  composeCompare({ kb, index, locale, query: { intent: "round_overview" }, hints }, draft, asked);
  const answer = draft.finish(kb, question, locale);
  const query = {
    intent: answer.intent,
    ...(answer.round !== null ? { round: answer.round } : {}),
    ...(asked.side ? { side: asked.side } : {}),
  };
  return { ...answer, context: { query, rounds: asked.rounds, locale } };
}

/** A single question, read in the previous turn's context when it leaves things out. */
export function answerSingle(
  engine: Engine,
  question: string,
  forced: Locale | undefined,
  previous: TurnContext | undefined,
): Answer {
  const { kb, index } = engine;
  const { understanding, inherited } = readTurn(engine.understander, question, forced, previous);
  const { locale, query, hints } = understanding;
  const answer = compose({ kb, index, locale, query, hints }, question, understanding.confidence);
  const note = inherited && readingNote(kb, query, hints.rounds, inherited, locale);
  const context = contextOf(answer, query, { rounds: hints.rounds, yesno: hints.yesno, previous });
  return { ...withReading(answer, note || undefined), ...(context ? { context } : {}) };
}

export function converse(engine: Engine, question: string, options: AskOptions | undefined): Answer {
  const previous = parseTurnContext(options?.context);
  const forced = options?.locale === "en" || options?.locale === "ja" ? options.locale : undefined;
  const locale = forced ?? (looksJapanese(question) ? "ja" : "en");
  return (
    answerWhole(engine, question, locale) ??
    answerComparison(engine, question, locale, previous) ??
    answerSingle(engine, question, forced, previous)
  );
}
