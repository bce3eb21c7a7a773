/**
 * "Was the Olympics one of them?", "is MOFA on that list?", 「その中にNISCはある？」 after a list (of a round's
 * topics, of its participants): whether the thing named is in that list — the question asked again with the
 * list's own words ("discussed at round 1", "at round 2").
 */
import type { TurnContext } from "../answer-types.ts";

const ONE_OF =
  /\b(?:one of (?:them|those|these)|among (?:them|those|these)|in (?:the|that|this) list|on (?:the|that|this) list|(?:in|on) there|included)\b|その中に?|そのうち|その一覧に/gi;

/** The question about the previous turn's list, in words that name the list; undefined when it is not one. */
export function oneOfList(question: string, context: TurnContext | undefined): string | undefined {
  const round = context?.query.round;
  if (!context || round === undefined || !ONE_OF.test(question)) return undefined;
  ONE_OF.lastIndex = 0;
  const rest = question
    .replace(ONE_OF, " ")
    .replace(/[?？。.!]+\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  const ja = context.locale === "ja" || /[\u3040-\u30ff\u4e00-\u9fff]/.test(rest);
  if (context.query.intent === "topics")
    return ja ? `${rest}は第${round}回の議題でしたか？` : `${rest} discussed at round ${round}?`;
  if (context.query.intent === "agencies")
    return ja ? `${rest}は第${round}回に参加しましたか？` : `${rest} at round ${round}?`;
  return undefined;
}
