/**
 * Whether a follow-up is about the previous turn's round(s): the intents that are about a round, a question
 * that names its own round (or rounds, a year, every round), one that refers back ("it", "that round", "each of
 * them"), and one that asks which round something belongs to (then the round is what is asked, not given).
 */
import type { Intent, TurnContext } from "../answer-types.ts";
import type { Understanding } from "../understand/hints.ts";

/** Intents whose answer is about one round (or several), which a follow-up may carry over. */
export const ROUND_INTENTS = new Set<Intent>([
  "cochairs",
  "agencies",
  "when_where",
  "topics",
  "round_overview",
  "membership",
]);
/** Intents that answer several rounds at once, carried over together. */
export const MULTI_ROUND = ROUND_INTENTS;
/** "it", "that round", その回: the round of the previous turn, referred back to. */
export const REFERS_BACK =
  /\b(?:it|that (?:round|meeting|one|dialogue|session)|this (?:round|meeting))\b|その回|同回|その会合/i;

/**
 * Whether a question of this intent is about the previous turn's round when it names none: an intent about
 * one round always; what a round announced or produced only when the question refers back to it ("what did
 * it announce?" — but "when is the next round?" is about the dialogue as it stands).
 */
export function carriesRound(intent: Intent, question: string, context: TurnContext): boolean {
  if (ROUND_INTENTS.has(intent)) return true;
  // ("has anything been announced after it?" after the next round as it stands: "it" is not that round)
  // ("and the outcome?", 「成果は？」 after a round: that round's — a short follow-up names nothing else)
  const short = /^\s*(?:and|so|what about|how about)\b/i.test(question) || question.trim().length <= 8;
  return (
    (intent === "next_round" || intent === "outcomes") &&
    ROUND_INTENTS.has(context.query.intent) &&
    (REFERS_BACK.test(question) || (intent === "outcomes" && short))
  );
}
/** "which round mentioned the UNGGE?", 「ARFが出たのはどの回？」: the round is what is asked, not given. */
export const WHICH_ROUND =
  /\b(?:which|what) (?:rounds?|meetings?|dialogues?|sessions?)\b|どの回|何回目|いつの回/i;

/** A question that asks which round something of its own (a term, organisation, person, place) belongs to. */
export function asksWhichRound(u: Understanding, question: string): boolean {
  const q = u.query;
  const subject = q.term ?? q.organisation ?? q.person ?? q.place;
  return q.intent !== "unknown" && subject !== undefined && WHICH_ROUND.test(question);
}

/** The round of the reading came from a place only ("in Canberra"), no round being named. */
export function roundOnlyFromPlace(u: Understanding): boolean {
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

export function refersToPreviousRounds(u: Understanding, question: string, context: TurnContext): boolean {
  return (
    (context.rounds?.length ?? 0) > 1 &&
    u.query.round === undefined &&
    (u.hints.acrossRounds === true || u.hints.allRounds === true) &&
    REFERS_BACK_MANY.test(question)
  );
}

/** A place on record the question names (its English name), if any. */
export function placeNamed(u: Understanding): string | undefined {
  const m = u.reading?.mentions.find((m) => m.kind === "place" && m.known);
  return m?.kind === "place" ? m.en : undefined;
}

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
