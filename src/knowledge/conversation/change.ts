/**
 * What changed between two rounds' lists, asked as a follow-up: "which ones are new?" / "which one dropped
 * out?" after the lists of two rounds asked one after the other (the round asked before, `earlier`), and
 * "which of those were not at round 1?" after a round's list. Read as the difference of the two lists
 * (hints.difference over two rounds: what the first has that the second has not).
 */
import type { Intent, TurnContext } from "../answer-types.ts";
import type { Understanding } from "../understand/hints.ts";

/** Lists that can change from one round to another. */
const LISTS = new Set<Intent>(["agencies", "topics"]);

const NEW =
  /\b(?:new|newly|added|newcomers?|joined|first[- ]timers?|additional|extra)\b|新し|新た|新規|加わ|増え/i;
const DROPPED =
  /\b(?:drop(?:ped)?(?: out)?|missing|left out|gone|no longer|absent|did(?:n't| not) (?:come|return|attend)|not back)\b|抜け|減っ|いなくな|外れ|来なかった/i;
const THOSE = /\b(?:those|these|them|they|which of|ones?)\b|そのうち|その中|これら/i;
/** "wasn't there at round 3", "not at round 1", 「第3回にはいなかった」: absent from the round named. */
const NOT_THERE =
  /(?:\bnot|n't|\bnever) (?:at|there|present|in attendance|attend\w*|come|came|return\w*|back)\b|\b(?:absent|missing)\b|いなかった|参加しなかった|参加していない|欠席/i;

export function askChange(
  u: Understanding,
  question: string,
  context: TurnContext,
): Understanding | undefined {
  const prev = context.query;
  if (!LISTS.has(prev.intent) || prev.round === undefined) return undefined;
  const own = u.query.round;
  const side = u.query.side ?? prev.side;
  const read = (first: number, second: number): Understanding => ({
    locale: u.locale,
    query: { intent: prev.intent, round: first, ...(side ? { side } : {}) },
    hints: { ...u.hints, rounds: [first, second], otherRound: second, difference: true },
    confidence: "high",
  });
  // "which of those were NOT at round 1?": the previous round's list without round 1's
  if (
    own !== undefined &&
    own !== prev.round &&
    (u.hints.difference || NOT_THERE.test(question)) &&
    THOSE.test(question)
  )
    return read(prev.round, own);
  if (own !== undefined) return undefined;
  // after two rounds compared ("round 1 versus round 3"): new at the later one, dropped from the earlier
  const [a, b] = context.rounds?.length === 2 ? context.rounds : [];
  const [earlier, later] =
    a !== undefined && b !== undefined
      ? [Math.min(a, b), Math.max(a, b)]
      : [context.earlier, context.earlier === undefined ? undefined : prev.round];
  // "what was added that time?" about one round: since the round before it
  if (earlier === undefined && later === undefined && NEW.test(question) && prev.round > 1)
    return read(prev.round, prev.round - 1);
  if (earlier === undefined || later === undefined) return undefined;
  if (NEW.test(question)) return read(later, earlier);
  if (DROPPED.test(question)) return read(earlier, later);
  return undefined;
}
