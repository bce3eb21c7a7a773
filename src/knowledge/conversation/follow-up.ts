/**
 * A question read in the context of the asker's previous turn: what it leaves out (what is asked, the round,
 * the side, the organisation) is taken from that turn; what it says itself wins. A question that names
 * everything itself ignores the context.
 */
import type { Intent, Locale, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Understanding } from "../understand/hints.ts";
import { looksJapanese } from "../understand/normalise.ts";
import type { Reader } from "../understand/read-once.ts";
import { aboutAnnounced, actuallyHeld, announcerAsked, asAnnouncedBefore } from "./announced.ts";
import { askChange } from "./change.ts";
import { type Fragment, readFragment, withoutOpener } from "./fragment.ts";
import { merge, SIDED } from "./merge-turn.ts";
import { resolvePronoun } from "./pronoun.ts";
import { NOT_A_FRAGMENT, readAlone } from "./read-alone.ts";
import {
  asksWhichRound,
  carriesRound,
  namesRound,
  placeNamed,
  REFERS_BACK,
  ROUND_INTENTS,
  refersToPreviousRounds,
  roundOnlyFromPlace,
  WHICH_ROUND,
} from "./round-carry.ts";

export { namesRound } from "./round-carry.ts";

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

/** "which ones?", "which were they?": the things just counted, named. */
const WHICH_ONES = /^(?:and |so |ok )?which(?: ones?| of them| rounds?| were they| ones were they)?$/;

/** "what is", "what does … stand for": the question asks what a name is. */
const ASKS_WHAT = /^(?:and |so )?(?:what|whats)\b(?! about\b| of\b)/;

/** Intents whose answer is a list that "how many was that?" counts. */
const LISTS = new Set<Intent>(["agencies", "cochairs", "topics", "outcomes"]);

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
  // "which ones?" after a count of rounds: the same rounds, listed
  if (WHICH_ONES.test(fragment.words.join(" ")) && context.query.intent === "rounds") return true;
  // "how many was that on the Japanese side?" after a list: the count of that list
  if (fragment.countsBack && LISTS.has(context.query.intent) && u.query.organisation === undefined)
    return true;
  // 「豪側は誰？」, "and who for Australia?": who, of no one named, is who held the previous question's role
  if (intent === "person" && u.query.person === undefined && !u.hints.unknownName) return true;
  // "and the Japanese list?" after agencies: rounds have no side, the list is of what was asked before
  if (intent === "rounds" && fragment.side !== undefined && SIDED.has(context.query.intent)) return true;
  if (fragment.cues > 0) return false;
  // "what was the most recent one?" after the next round as it stands: that round itself, not its announcement
  if (
    intent === "round_overview" &&
    context.query.intent === "next_round" &&
    namesRound(u) &&
    !fragment.opener
  )
    return false;
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

/**
 * Follow-ups read as a question of their own kind: "which round announced it?", what changed between two
 * rounds' lists ("which ones are new?"), the rounds that mentioned the term asked about before.
 */
function specialTurn(
  alone: Understanding,
  question: string,
  asked: string,
  context: TurnContext,
  kb: KnowledgeBase | undefined,
): Turn | undefined {
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
  return undefined;
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
  const special = specialTurn(alone, question, asked, context, kb);
  if (special) return special;
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
    WHICH_ONES.test(fragment.words.join(" ")) ||
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
