/**
 * A question read in the context of the asker's previous turn: what it leaves out (what is asked, the round,
 * the side, the organisation) is taken from that turn; what it says itself wins. A question that names
 * everything itself ignores the context.
 */
import type { Intent, Locale, Query, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Understanding } from "../understand/hints.ts";
import { looksJapanese } from "../understand/normalise.ts";
import type { Reader } from "../understand/read-once.ts";
import { LATEST_WORDS, ORDINAL_WORDS, PREVIOUS_WORDS } from "../understand/vocabulary.ts";
import { aboutAnnounced, actuallyHeld, announcerAsked, asAnnouncedBefore } from "./announced.ts";
import { askChange } from "./change.ts";
import { type Fragment, readFragment, withoutOpener } from "./fragment.ts";
import { resolvePronoun } from "./pronoun.ts";
import { withRoundNamed } from "./relative-round.ts";

/** What the reading took from the previous turn (for saying how the follow-up was read). */
export interface Inherited {
  intent: boolean;
  round: boolean;
  side: boolean;
  subject: boolean;
}

export interface Turn {
  understanding: Understanding;
  /** set when the question was read as a follow-up */
  inherited?: Inherited;
}

/** Intents whose answer is about one round (or several), which a follow-up may carry over. */
export const ROUND_INTENTS = new Set<Intent>([
  "cochairs",
  "agencies",
  "when_where",
  "topics",
  "round_overview",
  "membership",
]);
const MULTI_ROUND = ROUND_INTENTS;
/** "it", "that round", その回: the round of the previous turn, referred back to. */
const REFERS_BACK =
  /\b(?:it|that (?:round|meeting|one|dialogue|session)|this (?:round|meeting))\b|その回|同回|その会合/i;

/**
 * Whether a question of this intent is about the previous turn's round when it names none: an intent about
 * one round always; what a round announced or produced only when the question refers back to it ("what did
 * it announce?" — but "when is the next round?" is about the dialogue as it stands).
 */
function carriesRound(intent: Intent, question: string, context: TurnContext): boolean {
  if (ROUND_INTENTS.has(intent)) return true;
  // ("has anything been announced after it?" after the next round as it stands: "it" is not that round)
  return (
    (intent === "next_round" || intent === "outcomes") &&
    ROUND_INTENTS.has(context.query.intent) &&
    REFERS_BACK.test(question)
  );
}
/** "which round mentioned the UNGGE?", 「ARFが出たのはどの回？」: the round is what is asked, not given. */
const WHICH_ROUND = /\b(?:which|what) (?:rounds?|meetings?|dialogues?|sessions?)\b|どの回|何回目|いつの回/i;

/** A question that asks which round something of its own (a term, organisation, person, place) belongs to. */
function asksWhichRound(u: Understanding, question: string): boolean {
  const q = u.query;
  const subject = q.term ?? q.organisation ?? q.person ?? q.place;
  return q.intent !== "unknown" && subject !== undefined && WHICH_ROUND.test(question);
}

/** "who else from Japan was there?", "who from Australia?" after a round: which of that side's bodies came. */
const WHO_FROM =
  /^(?:and |so |ok )?who(?: else)? (?:from|for|of) (?:the )?(japan(?:ese)?|australia(?:n)?)(?: side)?\b[^?]*\??$/i;

function whoElse(question: string, context: TurnContext): string {
  const m = WHO_FROM.exec(question.trim());
  // (after a question about the co-chairs, "who from Australia?" is its co-chair)
  const chairs = context.query.intent === "cochairs" || context.query.intent === "person";
  if (!m?.[1] || context.query.round === undefined || chairs || /co-?chair|chair|led|head/i.test(question))
    return question;
  return `which ${/^japan/i.test(m[1]) ? "Japanese" : "Australian"} agencies attended?`;
}

/** The round of the reading came from a place only ("in Canberra"), no round being named. */
function roundOnlyFromPlace(u: Understanding): boolean {
  const mentions = u.reading?.mentions ?? [];
  return (
    u.query.round !== undefined &&
    mentions.some((m) => m.kind === "place") &&
    !mentions.some((m) => m.kind === "round" || m.kind === "date" || m.kind === "month")
  );
}

/** "each", "both", "them": the rounds the previous turn was about, when it was about several. */
const REFERS_BACK_MANY =
  /\b(?:each|both|either|them|those|these)\b(?!\s+(?:of\s+the\s+)?(?:rounds?|meetings?|dialogues?|sessions?))/i;

function refersToPreviousRounds(u: Understanding, question: string, context: TurnContext): boolean {
  return (
    (context.rounds?.length ?? 0) > 1 &&
    u.query.round === undefined &&
    (u.hints.acrossRounds === true || u.hints.allRounds === true) &&
    REFERS_BACK_MANY.test(question)
  );
}

/** A place on record the question names (its English name), if any. */
function placeNamed(u: Understanding): string | undefined {
  const m = u.reading?.mentions.find((m) => m.kind === "place" && m.known);
  return m?.kind === "place" ? m.en : undefined;
}

/** "what is", "what does … stand for": the question asks what a name is. */
const ASKS_WHAT = /^(?:and |so )?(?:what|whats)\b/;

/** Intents whose answer is a list that "how many was that?" counts. */
const LISTS = new Set<Intent>(["agencies", "cochairs", "topics", "outcomes"]);

/** Intents for which a side means something. */
const SIDED = new Set<Intent>(["cochairs", "agencies", "round_overview"]);

/** Reasons an unknown question is not one to read in context (it is not a fragment of a question). */
const NOT_A_FRAGMENT = new Set(["empty", "code", "injection", "help", "other_dialogue", "other_forum"]);

/** The question names a round (or rounds, a year, every round) by itself. */
export function namesRound(u: Understanding): boolean {
  const h = u.hints;
  return (
    u.query.round !== undefined ||
    h.missing !== undefined ||
    h.ambiguous !== undefined ||
    (h.rounds?.length ?? 0) > 0 ||
    h.year !== undefined ||
    h.heldAfter !== undefined ||
    h.heldBefore !== undefined ||
    h.allRounds === true ||
    (h.acrossRounds === true && h.listOnly !== true) ||
    h.extreme !== undefined
  );
}

/** The round a fragment names by itself: "and 3?" → 3, "the one before?" after round 2 → 1. */
function roundOfFragment(fragment: Fragment, context: TurnContext): number | undefined {
  const base = context.query.round;
  if (fragment.bareRound !== undefined) return fragment.bareRound;
  return fragment.relative !== undefined && base !== undefined ? base + fragment.relative.offset : undefined;
}

/** Reads the question alone, then (when it is short and says nothing on topic) with an anchor word. */
function readAlone(
  understander: Reader,
  question: string,
  locale: Locale | undefined,
  fragment: Fragment,
  context: TurnContext,
  latest: number,
): Understanding {
  const loc = locale ?? context.locale;
  const n = roundOfFragment(fragment, context);
  // a bare round ("and 3?") is asked as that round; relative words are replaced by the round they name
  // ("the one before" after round 2 is round 1; "which of them wasn't there the next time?")
  if (n !== undefined && fragment.bareRound !== undefined)
    return understander.understand(loc === "ja" ? `第${n}回` : `round ${n}`, locale);
  // (past the latest round on record, "the next one" is the dialogue's next round: read as asked)
  if (n !== undefined && fragment.relative !== undefined && n >= 1 && n <= latest)
    return understander.understand(withRoundNamed(question, fragment.relative, n, loc), locale);
  const alone = understander.understand(question, locale);
  // "and the latest?", "the earliest?": a round named by a word that needs its noun
  const last = fragment.words.at(-1) ?? "";
  if (
    alone.query.intent === "unknown" &&
    fragment.words.length <= 4 &&
    (LATEST_WORDS.has(last) || PREVIOUS_WORDS.has(last) || ORDINAL_WORDS[last] !== undefined)
  ) {
    const named = understander.understand(`${question.replace(/[?？.!]+\s*$/, "")} round`, locale);
    if (named.query.intent !== "unknown") return named;
  }
  if (alone.query.intent !== "unknown" || fragment.words.length > 12) return alone;
  if (alone.hints.reason && NOT_A_FRAGMENT.has(alone.hints.reason)) return alone;
  // only words that ask something (where, 日付, co-chairs) make a fragment on topic ("where?"), not any
  // words at all ("what's the weather in Paris?")
  if (fragment.cues === 0) return alone;
  const anchored = understander.understand(
    `${question} ${alone.locale === "ja" ? "（協議）" : "(dialogue)"}`,
    locale,
  );
  return anchored.query.intent === "unknown" ? alone : anchored;
}

/** "by whom?", "where?", "who were the leaders?" after how the dialogue began: more of its beginning. */
function moreOfOrigin(u: Understanding, fragment: Fragment, context: TurnContext): boolean {
  return (
    context.query.intent === "origin" &&
    fragment.words.length <= 6 &&
    !namesRound(u) &&
    !u.query.organisation &&
    !u.query.term &&
    u.query.person === undefined &&
    /\b(?:who|whom|where|when|which|what (?:city|date|day|year|summit|occasion))\b|\bleaders?\b|誰|どこ|いつ|どの/.test(
      fragment.words.join(" "),
    )
  );
}

/** The question's own intent is only what a bare reference gives ("what about round 3?", 「第2回は？」). */
function weakIntent(u: Understanding, fragment: Fragment, context: TurnContext): boolean {
  const intent = u.query.intent;
  if (intent === "unknown") return true;
  // "same story for round 4?": the previous question, of what this one names
  if (fragment.repeats) return true;
  if (moreOfOrigin(u, fragment, context)) return true;
  // "how many was that on the Japanese side?" after a list: the count of that list
  if (fragment.countsBack && LISTS.has(context.query.intent) && u.query.organisation === undefined)
    return true;
  // 「豪側は誰？」, "and who for Australia?": who, of no one named, is who held the previous question's role
  if (intent === "person" && u.query.person === undefined && !u.hints.unknownName) return true;
  // "and the Japanese list?" after agencies: rounds have no side, the list is of what was asked before
  if (intent === "rounds" && fragment.side !== undefined && SIDED.has(context.query.intent)) return true;
  if (fragment.cues > 0) return false;
  // "what about round 3?", 「日本側だけ教えて」: a round or a side, nothing asked of it
  if (intent === "round_overview")
    return u.confidence === "low" || fragment.opener || !namesRound(u) || fragment.side !== undefined;
  // "and MOFA?" after a question about a round: the organisation at that round, not what MOFA is — but
  // "What's METI in Japanese?" asks for the name
  if (intent === "glossary" && u.query.organisation !== undefined)
    return (
      ROUND_INTENTS.has(context.query.intent) &&
      !u.hints.nameLanguage &&
      !ASKS_WHAT.test(fragment.words.join(" "))
    );
  return false;
}

export function readTurn(
  understander: Reader,
  asked: string,
  forced: Locale | undefined,
  context: TurnContext | undefined,
  kb?: KnowledgeBase,
): Turn {
  if (!context || context.query.intent === "unknown")
    return { understanding: understander.understand(asked, forced) };
  // "which rounds did he co-chair?": the person the previous answer named
  const pronoun = kb ? resolvePronoun(kb, asked, context) : { text: asked };
  if (pronoun.person || pronoun.organisation) {
    const understanding = understander.understand(
      pronoun.text,
      forced ?? (looksJapanese(asked) ? "ja" : "en"),
    );
    if (understanding.query.intent !== "unknown")
      return { understanding, inherited: { intent: false, round: false, side: false, subject: true } };
  }
  // "no, I meant round 3", "same story for round 4?": the opening words ask nothing ("meant" is not "what
  // does X mean", "story" not how the dialogue began); "who else from Japan was there?": the agencies
  const question = actuallyHeld(whoElse(withoutOpener(asked), context), context);
  const whole = readFragment(asked);
  const fragment = question === asked ? whole : { ...readFragment(question), repeats: whole.repeats };
  const locale = forced ?? (fragment.neutral ? context.locale : undefined);
  const latest = kb?.rounds.at(-1)?.number ?? Number.POSITIVE_INFINITY;
  const alone = readAlone(understander, question, locale, fragment, context, latest);
  const origin = moreOfOrigin(alone, fragment, context);
  if (alone.hints.reason && NOT_A_FRAGMENT.has(alone.hints.reason) && !origin)
    return { understanding: alone };
  const announcer = kb && !namesRound(alone) ? announcerAsked(kb, alone, question, context) : undefined;
  if (announcer)
    return {
      understanding: announcer,
      inherited: { intent: false, round: true, side: false, subject: false },
    };
  // "which ones are new?", "which of those were not at round 1?": the difference of two rounds' lists
  const change = askChange(alone, question, context);
  if (change)
    return { understanding: change, inherited: { intent: true, round: true, side: false, subject: false } };
  // "which rounds mentioned it?" after what ARF is: the term asked about before, in the topics
  if (
    alone.query.intent === "topics" &&
    !alone.query.term &&
    context.query.intent === "glossary" &&
    context.query.term &&
    (REFERS_BACK.test(asked) || WHICH_ROUND.test(asked))
  )
    return {
      understanding: { ...alone, query: { intent: "topics", term: context.query.term } },
      inherited: { intent: false, round: false, side: false, subject: true },
    };
  const weak = weakIntent(alone, fragment, context);
  // "Was it in Canberra as announced?" after round 3: "it" is round 3, Canberra what is asked of it — not the
  // round held in Canberra
  const itWithPlace =
    REFERS_BACK.test(asked) && roundOnlyFromPlace(alone) && context.query.round !== undefined;
  const ownRound = namesRound(alone) && !refersToPreviousRounds(alone, asked, context) && !itWithPlace;
  const carries = carriesRound(alone.query.intent, asked, context) && !asksWhichRound(alone, asked);
  if (!weak && (ownRound || !carries)) return { understanding: alone };
  // an off-topic question of some length is not a fragment of the previous one
  const fragmentLike =
    fragment.side !== undefined ||
    fragment.bareRound !== undefined ||
    fragment.relative !== undefined ||
    fragment.countsBack ||
    origin ||
    (fragment.opener && fragment.words.length <= 6) ||
    // "how many in Canberra?" after a question about Tokyo: the same question of another place
    (context.query.place !== undefined && placeNamed(alone) !== undefined && fragment.words.length <= 6);
  if (alone.query.intent === "unknown" && !fragmentLike) return { understanding: alone };
  const turn = merge(alone, fragment, context, weak, ownRound, carries);
  // "and was it held there?" after what a round announced: the announced round, at the announced place
  if (kb && turn.inherited?.round)
    turn.understanding.query = aboutAnnounced(kb, asked, context, turn.understanding.query);
  // "where was it supposed to be?" about a round: its announcement, by the round that made it
  if (kb && turn.inherited?.round) asAnnouncedBefore(kb, asked, turn.understanding);
  return turn;
}

function merge(
  alone: Understanding,
  fragment: Fragment,
  context: TurnContext,
  weak: boolean,
  ownRound: boolean,
  carries: boolean,
): Turn {
  const prev = context.query;
  const own = alone.query;
  let intent: Intent = weak ? prev.intent : own.intent;
  const hints = { ...alone.hints };
  delete hints.reason;
  const query: Query = { intent };
  // "What's NISC?" → "was it at round 1?": the organisation asked about, at the round named
  if (prev.organisation && !own.organisation && !own.person && own.round !== undefined && alone.hints.yesno) {
    intent = "membership";
    query.intent = intent;
    query.organisation = prev.organisation;
    query.relation = "attended";
  }
  // "and MOFA?": was it at that round
  if (weak && own.organisation && !own.person && prev.intent !== "membership") {
    intent = "membership";
    query.intent = intent;
    query.relation = "attended";
    hints.yesno = true;
  }
  // "and round 3?" after a yes/no question asks yes/no too; "who were the leaders?" does not
  const wh = /\b(?:who|whom|whose|what|when|where|which|why|how)\b|誰|どこ|いつ|何|どの|なぜ/.test(
    fragment.words.join(" "),
  );
  if (weak && context.yesno && !wh) hints.yesno = true;
  const same = intent === prev.intent;
  // "how many were in Tokyo?" after the list of rounds: of that place
  const place =
    own.place ?? (prev.place !== undefined || intent === "rounds" ? placeNamed(alone) : undefined);
  // "was the Australian co-chair from DFAT?": the question names its own subject, not "he" of before
  const ownSubject =
    (own.side ?? fragment.side) !== undefined && /co-?chair|chair|議長/i.test(fragment.words.join(" "));
  for (const key of ["organisation", "person", "term", "relation", "place"] as const) {
    // "which round was it discussed at?" after what CBMs are: the term asked about before, in the topics
    const termToTopics = key === "term" && intent === "topics" && prev.intent === "glossary";
    const carried = (same || termToTopics) && !(key === "person" && ownSubject) ? prev[key] : undefined;
    const value = (key === "place" ? place : own[key]) ?? carried;
    if (value !== undefined) Object.assign(query, { [key]: value });
  }
  const subject = (["organisation", "person", "term"] as const).some(
    (key) => own[key] === undefined && query[key] !== undefined,
  );
  const ownSide = own.side ?? fragment.side;
  const carrySide = same || (SIDED.has(intent) && SIDED.has(prev.intent));
  // a side means something only to a question about the sides (co-chairs, agencies)
  // "how many altogether?", 「合わせていくつ？」: both sides, not the side asked last
  const together =
    fragment.countsBack &&
    /\b(?:altogether|together|in total|combined|both sides|all told)\b|合わせて|合計|両方|両側|全部で/.test(
      fragment.words.join(" "),
    );
  const side = SIDED.has(intent) && !together ? (ownSide ?? (carrySide ? prev.side : undefined)) : undefined;
  if (side) query.side = side;
  let round = false;
  if (ownRound) {
    if (own.round !== undefined) query.round = own.round;
  } else if ((weak ? ROUND_INTENTS.has(intent) : carries) && prev.round !== undefined) {
    query.round = prev.round;
    round = true;
    if (context.rounds && context.rounds.length > 1 && MULTI_ROUND.has(intent))
      hints.rounds = [...context.rounds];
  }
  if (intent === "unknown") return { understanding: alone };
  // "and at round 2?" after "was cybercrime discussed at round 1?": the same topic words, of that round
  if (intent === "topics" && weak && !hints.topicWords?.length && context.topicWords)
    hints.topicWords = [...context.topicWords];
  return {
    understanding: { locale: alone.locale, query, hints, confidence: "high" },
    inherited: { intent: weak, round, side: ownSide === undefined && side !== undefined, subject },
  };
}
