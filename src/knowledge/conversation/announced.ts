/**
 * A follow-up to what a round announced ("When is the next round after the 2nd?" → "and was it held there?",
 * "did it happen?", 「そこで開催された？」): "it" is the announced round, not the round that announced it,
 * and "there" is the place it was announced for. "Where was it supposed to be?" about a round, and "which round
 * announced it?": its announcement, by the round that made it.
 */
import type { Query, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, roundByNumber } from "../queries.ts";
import { askAsAnnounced, PLANNED_FOR } from "../understand/announce.ts";
import type { Understanding } from "../understand/hints.ts";

/** Words that point at the place just mentioned. */
const THERE = /\bthere\b|そこ|その場所|同地/i;

/**
 * The query of a follow-up whose round was carried over from an announcement: the announced round, and the
 * announced city when the question says "there". Unchanged when the previous turn was not an announcement.
 */
export function aboutAnnounced(
  kb: KnowledgeBase,
  question: string,
  context: TurnContext,
  query: Query,
): Query {
  const by = context.query.round;
  if (context.query.intent !== "next_round" || by === undefined || query.intent === "next_round")
    return query;
  const announcing = roundByNumber(kb, by);
  const fact = announcing?.nextRoundAnnounced;
  if (!fact || !isKnown(fact)) return query;
  const announced: Query = { ...query, round: fact.value.round };
  const city = fact.value.place?.city.en;
  if (THERE.test(question) && city && (query.intent === "when_where" || query.intent === "membership")) {
    announced.intent = "membership";
    announced.relation = "held_in";
    announced.place = city;
  }
  return announced;
}

/** "which round announced it?", 「どの回で発表された？」: the round that announced the one taken from before. */
const ANNOUNCED_BY =
  /\b(?:which|what) (?:round|meeting|session|dialogue|one)s? (?:\w+ )?(?:announc\w*|plann\w*|schedul\w*|said)\b|(?:どの回|第何回|いつ)(?:で|に)?(?:発表|予定)/i;

/** "where was it supposed to be?" about a round taken from before: asked as announced (announce.ts). */
export function asAnnouncedBefore(kb: KnowledgeBase, question: string, u: Understanding): void {
  const n = u.query.round;
  if (u.query.intent === "next_round" && n !== undefined && PLANNED_FOR.test(question))
    askAsAnnounced(kb, u.query, u.hints, n);
}

/**
 * "which round announced it?" (a question naming no round of its own): the round that announced the previous
 * turn's round — or, after an announcement, the round that made it (the previous turn's own).
 */
export function announcerAsked(
  kb: KnowledgeBase,
  alone: Understanding,
  question: string,
  context: TurnContext,
): Understanding | undefined {
  const n = context.query.round;
  if (alone.query.intent !== "next_round" || n === undefined) return undefined;
  if (!ANNOUNCED_BY.test(question)) return undefined;
  const query = { ...alone.query };
  const hints = { ...alone.hints };
  if (context.query.intent === "next_round") query.round = n;
  else askAsAnnounced(kb, query, hints, n);
  return { ...alone, query, hints };
}

/** "actually?", "in reality?", 「実際は？」: only asking what happened in fact. */
const ACTUALLY_ONLY =
  /^\s*(?:(?:and|but|so)\s+)?(?:actually|in reality|in fact|really|in the end)\s*[?？.!]*\s*$|^\s*(?:じゃあ|では|で)?[、,]?\s*(?:実際|本当|結局)(?:は|に|には|のところ)?[?？。]*\s*$/i;

/**
 * "actually?" after what was announced for a round: where and when it was held in fact (asked of "it", the
 * announced round).
 */
export function actuallyHeld(question: string, context: TurnContext): string {
  if (context.query.intent !== "next_round" || !ACTUALLY_ONLY.test(question)) return question;
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(question)
    ? "それは実際にはいつどこで開催されましたか？"
    : "When and where was it actually held?";
}
