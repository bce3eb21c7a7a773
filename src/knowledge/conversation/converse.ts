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
import { NOT_RECORDED } from "../answer/format.ts";
import type { Answer, AskOptions, Intent, Locale, Query, Side, TurnContext } from "../answer-types.ts";
import { type ClaimEnv, confirmClaims } from "../claims/claims.ts";
import { verdictOf } from "../claims/verdict.ts";
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import { looksJapanese } from "../understand/normalise.ts";
import { type Reader, readOnce } from "../understand/read-once.ts";
import { wholeDialogueAsk } from "./asks.ts";
import { readComparison } from "./compare-reading.ts";
import { answerCompleteness } from "./complete.ts";
import { answerDuration } from "./durations.ts";
import { answerEachNamed } from "./each-named.ts";
import { namesRound, readTurn } from "./follow-up.ts";
import { answerGapComparison } from "./gap-compare.ts";
import { languageRequest } from "./language-request.ts";
import { firstSentence } from "./lead.ts";
import { mergeAnswers } from "./merge-answers.ts";
import { oneOfList } from "./one-of.ts";
import { resolveOtherSide } from "./other-side.ts";
import { checkPremise, givenClause, whyNotRecorded } from "./premise.ts";
import { readingNote, withReading } from "./reading-note.ts";
import { withDateNamed } from "./relative-date.ts";
import { briefRequest, shapeAnswer } from "./short.ts";
import { splitQuestion } from "./split.ts";
import { placeOfTurn, resolveThere } from "./there.ts";
import { contextOf, parseTurnContext } from "./turn-context.ts";

export interface Engine {
  kb: KnowledgeBase;
  index: NameIndex;
  /** reads a question (within one answer, each text once: see readOnce) */
  understander: Reader;
  /** today's date (injectable for tests) */
  now: () => Date;
}

/** "Summarise the dialogue": every round on record, then how it began (its origin). */
function dialogueSummary(engine: Engine, question: string, locale: Locale): Answer {
  const { kb, index } = engine;
  const origin = compose(
    { kb, index, locale, query: { intent: "origin" }, hints: noHints() },
    question,
    "high",
  );
  const rounds = compose(
    { kb, index, locale, query: { intent: "rounds" }, hints: noHints() },
    question,
    "high",
  );
  const begun = firstSentence(origin.text)[0];
  const sources = [
    ...origin.sources,
    ...rounds.sources.filter((s) => !origin.sources.some((o) => o.id === s.id)),
  ];
  return {
    ...rounds,
    text: `${rounds.text}${locale === "ja" ? "" : "\n"}${begun}`,
    sources,
    context: { query: { intent: "rounds" }, locale },
  };
}

/** A question about the dialogue as a whole: how often it meets, how long since it last did. */
function answerWhole(engine: Engine, question: string, locale: Locale): Answer | undefined {
  const asked = wholeDialogueAsk(question);
  if (!asked) return undefined;
  const { kb, index } = engine;
  if (asked.kind === "summary") {
    // only a summary of the whole: not of a round ("overview of R3"), a name, or another forum (AUKUS)
    const u = engine.understander.understand(question, locale);
    const { query } = u;
    const whole =
      (query.intent === "round_overview" || query.intent === "rounds") &&
      !namesRound(u) &&
      !query.organisation &&
      !query.person &&
      !query.term;
    return whole ? dialogueSummary(engine, question, locale) : undefined;
  }
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
  // a yes/no comparison ("同じ曜日に開催されましたか") is checked like any claim: "same weekday" is not "same date"
  // the comparison says whether the rounds share what is asked; the claims checked beside it (each round's date,
  // count…) may only make that stricter, never turn it into a Yes
  const checked =
    asked.yesno === undefined
      ? answer
      : stricterOnly(
          answer,
          confirmClaims(
            claimEnv(engine, locale),
            answer,
            question,
            engine.understander.understand(question, locale),
          ),
        );
  return { ...checked, context: { query, rounds: asked.rounds, locale } };
}

/**
 * The round and side of a query (what another aspect of the same clause is about); `side`: the side named with
 * the aspect itself, when the clause names one with some aspect (null: none with this one).
 */
function pickSlots(query: Query, aspect: Intent, side?: Side | null): Partial<Query> {
  const out: Partial<Query> = {};
  if (query.round !== undefined) out.round = query.round;
  const own = side === undefined ? query.side : (side ?? undefined);
  if (own && aspect !== "when_where" && aspect !== "topics") out.side = own;
  return out;
}

/**
 * Several questions in one: each part read in the context of the part before it (the first in that of
 * the part that names a round, when it names none), answered in order, merged into one answer.
 */
function answerParts(
  engine: Engine,
  question: string,
  forced: Locale | undefined,
  previous: TurnContext | undefined,
): { merged: Answer } | undefined {
  const parts = splitQuestion(question);
  if (parts.length < 2) return undefined;
  let context = previous;
  for (const part of parts) {
    const alone = engine.understander.understand(part.text, forced);
    if (alone.query.intent !== "unknown" && namesRound(alone)) {
      const { query, hints, locale } = alone;
      context = { query: { intent: query.intent, ...pickSlots(query, query.intent) }, locale };
      if (hints.rounds && hints.rounds.length > 1) context.rounds = [...hints.rounds];
      break;
    }
  }
  const answers: Answer[] = [];
  const sided = parts.some((p) => p.side);
  for (const part of parts) {
    const aspect = part.intent ? { intent: part.intent, side: sided ? part.side : undefined } : undefined;
    const answer = answerSingle(engine, part.text, forced, context, aspect);
    answers.push(shapeAnswer(engine.kb, answer, false));
    if (answer.context) context = answer.context;
  }
  // "which round came after the first, and where was it?": a part that only identifies a round another
  // part answers about is not a question of its own
  const kept = answers.filter(
    (a) =>
      a.intent !== "unknown" &&
      !(
        a.intent === "round_overview" &&
        answers.some((b) => b !== a && b.intent !== "unknown" && b.round === a.round)
      ),
  );
  if (kept.length < 2) return undefined;
  return { merged: mergeAnswers(kept, question) };
}

/** What claim checking needs: the knowledge base, its names, and a reading of each part of a list of claims. */
const claimEnv = (engine: Engine, locale: Locale): ClaimEnv => ({
  kb: engine.kb,
  index: engine.index,
  understand: (part: string) => engine.understander.understand(part, locale),
});

/**
 * A follow-up's claims may only make its answer stricter (No, Not recorded): what it took from the previous
 * turn ("there", "as announced") is not all in its own words, so its checks never make a Yes.
 */
const stricterOnly = (composed: Answer, checked: Answer): Answer =>
  checked !== composed && verdictOf(checked.text) === "yes" ? composed : checked;

/** A single question, read in the previous turn's context when it leaves things out. */
export function answerSingle(
  engine: Engine,
  asked: string,
  forced: Locale | undefined,
  previous: TurnContext | undefined,
  aspect?: { intent: Intent; side?: Side | null | undefined },
): Answer {
  const { kb, index } = engine;
  const resolved =
    oneOfList(asked, previous) ?? resolveThere(kb, resolveOtherSide(kb, asked, previous), previous);
  // "was the press release the next day?": the day counted from the meeting it follows
  const roundOf = (text: string) => {
    const u = engine.understander.understand(text, forced);
    return namesRound(u) ? u.query.round : undefined;
  };
  const dayLocale = forced ?? (looksJapanese(resolved) ? "ja" : "en");
  const question = withDateNamed(kb, resolved, roundOf, previous?.query.round, dayLocale) ?? resolved;
  const { understanding, inherited } = readTurn(engine.understander, question, forced, previous, kb);
  const { locale } = understanding;
  let { query, hints } = understanding;
  if (aspect && query.intent !== "unknown") {
    // one aspect of a clause that asks several ("the date and co-chairs of round 2")
    query = { intent: aspect.intent, ...pickSlots(query, aspect.intent, aspect.side) };
    hints = { ...noHints(), ...(hints.rounds ? { rounds: hints.rounds } : {}) };
  }
  const composed = compose({ kb, index, locale, query, hints }, question, understanding.confidence);
  // every fact a yes/no or tag question asserts is checked (src/knowledge/claims); a follow-up's facts come
  // partly from the previous turn: a follow-up's claims are read with the round it took from there ("was it
  // issued on 13 December 2017?"), each checked like any other
  const reading = inherited ? { ...understanding, query, hints } : understanding;
  const answer = aspect
    ? composed
    : inherited
      ? stricterOnly(composed, confirmClaims(claimEnv(engine, locale), composed, question, reading))
      : checkPremise(
          claimEnv(engine, locale),
          confirmClaims(claimEnv(engine, locale), composed, question, understanding),
          question,
          locale,
        );
  const note = inherited && readingNote(kb, query, hints.rounds, inherited, locale);
  const place = placeOfTurn(kb, understanding, answer);
  // "when did JPCERT/CC first take part?": the organisation is what "they" is next
  const first = hints.firstAttended?.organisation;
  const subject = first && !query.organisation ? { ...query, organisation: first } : query;
  const context = contextOf(answer, subject, {
    rounds: hints.rounds,
    yesno: hints.yesno,
    previous,
    place,
    followUp: inherited !== undefined,
    ...(hints.topicWords ? { topicWords: hints.topicWords } : {}),
    ...(hints.released ? { released: true } : {}),
  });
  return { ...withReading(answer, note || undefined), ...(context ? { context } : {}) };
}

/** "and in Japanese?": the previous turn's question answered again, in the language asked for. */
function answerAgainIn(engine: Engine, asked: string, previous: TurnContext, locale: Locale): Answer {
  const { kb, index } = engine;
  const { query, rounds } = previous;
  const hints = { ...noHints(), ...(rounds ? { rounds: [...rounds] } : {}) };
  const answer = compose({ kb, index, locale, query, hints }, asked, "high");
  const context = contextOf(answer, query, {
    ...(rounds ? { rounds } : {}),
    previous,
    ...(previous.place ? { place: previous.place } : {}),
  });
  return { ...shapeAnswer(kb, answer, false), ...(context ? { context } : {}), question: asked };
}

/** A reason asked, and nothing else: "why?", "why the change?", "how come?", 「なぜ？」「どうして変わったの？」. */
const WHY_ALONE =
  /^(?:(?:but|so|and|ok)\s+)?(?:why|how come)(?:\s+(?:the|that|this))?(?:\s+(?:change|switch|move|difference|delay|gap|so|not|though))?\s*[?？!.]*$|^(?:でも|じゃあ)?(?:なぜ|どうして|何で|なんで)(?:変わった|変更|移った)?(?:の|んですか|のですか|ですか)?[？?]*$/i;

/**
 * "Since Okada chaired the first two rounds, who took over for the third?": what is asked, read after what is
 * given (as a turn before it), and the given checked first — its "No — …" said before the answer.
 */
function answerGiven(
  engine: Engine,
  question: string,
  forced: Locale | undefined,
  previous: TurnContext | undefined,
): Answer | undefined {
  const given = givenClause(question);
  if (!given) return undefined;
  const first = answerSingle(engine, given.premise, forced, previous);
  if (first.intent === "unknown" || !first.context) return undefined;
  // (what is given is stated, not asked: the question after it is not a yes/no because of it)
  const { yesno: _stated, ...context } = first.context;
  const answer = answerSingle(engine, given.asked, forced, context);
  if (answer.intent === "unknown") return undefined;
  const locale = forced ?? (looksJapanese(question) ? "ja" : "en");
  return checkPremise(claimEnv(engine, locale), answer, question, locale);
}

export function converse(shared: Engine, asked: string, options: AskOptions | undefined): Answer {
  const engine: Engine = { ...shared, understander: readOnce(shared.understander) };
  const previous = parseTurnContext(options?.context);
  // "why?", "why the change?", 「なぜ？」 after a round's facts: no source records reasons — said, with the facts
  if (previous && previous.query.intent !== "unknown" && WHY_ALONE.test(asked.trim())) {
    const locale = options?.locale ?? (looksJapanese(asked) ? "ja" : previous.locale);
    const again = answerAgainIn(engine, asked, previous, locale);
    const why = `${NOT_RECORDED(locale)}${whyNotRecorded(locale).replace(/^Why/, "why")}`;
    return { ...again, text: `${why}\n\n${again.text}`.slice(0, 4000) };
  }
  const language = languageRequest(asked);
  if (language.locale && !language.text) {
    if (previous && previous.query.intent !== "unknown")
      return answerAgainIn(engine, asked, previous, language.locale);
    language.text = asked;
  }
  const asLocale = options?.locale === "en" || options?.locale === "ja" ? options.locale : undefined;
  const forced = asLocale ?? language.locale;
  const brief = briefRequest(language.text);
  const question = brief.text || language.text;
  const short = options?.short === true || brief.short;
  const locale = forced ?? (looksJapanese(question) ? "ja" : "en");
  const special =
    answerCompleteness(engine.kb, question, locale, previous) ??
    answerGapComparison(engine, question, locale) ??
    answerDuration(engine, question, locale, previous) ??
    answerWhole(engine, question, locale) ??
    answerComparison(engine, question, locale, previous);
  const parts = special ? undefined : answerParts(engine, question, forced, previous);
  if (parts) {
    // several answers, each already shaped: brief, it is their first lines and one source
    const { merged } = parts;
    const brief = short ? { ...merged, text: "", sections: [], sources: merged.sources.slice(0, 1) } : merged;
    return { ...brief, question: asked };
  }
  const answer =
    special ??
    answerEachNamed(engine, question, forced) ??
    answerGiven(engine, question, forced, previous) ??
    answerSingle(engine, question, forced, previous);
  return { ...shapeAnswer(engine.kb, answer, short), question: asked };
}
