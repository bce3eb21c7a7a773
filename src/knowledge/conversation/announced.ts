/**
 * A follow-up to what a round announced ("When is the next round after the 2nd?" → "and was it held there?",
 * "did it happen?", 「そこで開催された？」): "it" is the announced round, not the round that announced it,
 * and "there" is the place it was announced for.
 */
import type { Query, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, roundByNumber } from "../queries.ts";

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
