/**
 * "Is that the complete list?", "is that everyone?", 「それで全部？」 after a round's participants: whether
 * the source gives the list as complete — Yes, No (the source says "including": some may be missing), or not
 * recorded (no list at all).
 */
import { Draft } from "../answer/draft.ts";
import { ordinal, pick, sideAdjective } from "../answer/format.ts";
import type { Answer, Locale, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, participantsOf, roundByNumber } from "../queries.ts";

const ASKS_COMPLETE =
  /\b(?:is|was|are|were) (?:that|this|it|these|those|they) (?:the )?(?:complete|full|whole|entire|exhaustive|all|everyone|everybody|every (?:one|agency|organi[sz]ation))\b|\b(?:complete|full|exhaustive) list\b|\bany (?:others|more|other agencies)\b|\banyone else\b|それで全部|これで全部|全部です?か|すべてです?か|網羅|完全な(?:一覧|リスト)|他にも(?:ある|いる|参加)/i;

export function answerCompleteness(
  kb: KnowledgeBase,
  question: string,
  locale: Locale,
  previous: TurnContext | undefined,
): Answer | undefined {
  if (previous?.query.intent !== "agencies" || !ASKS_COMPLETE.test(question)) return undefined;
  const round = roundByNumber(kb, previous.query.round);
  if (!round) return undefined;
  const lists = participantsOf(kb, round, previous.query.side);
  const draft = new Draft("agencies");
  draft.round = round.number;
  draft.title = pick(
    locale,
    `Is the list of the ${ordinal(round.number)} round complete?`,
    `第${round.number}回の一覧は完全か`,
  );
  const said = lists.map((l) => {
    const adjective = sideAdjective(l.side, locale);
    if (!isKnown(l.fact))
      return {
        verdict: "unrecorded",
        text: pick(
          locale,
          `the ${adjective} participants are not recorded`,
          `${adjective}の参加機関は記録されていません`,
        ),
      };
    draft.cite(l.fact.evidence);
    return l.fact.value.complete
      ? {
          verdict: "yes",
          text: pick(
            locale,
            `the ${adjective} list (${l.organisations.length}) is given by the source as complete`,
            `${adjective}の一覧（${l.organisations.length}機関）は出典上完全な一覧です`,
          ),
        }
      : {
          verdict: "no",
          text: pick(
            locale,
            `the ${adjective} list (${l.organisations.length} named) may be incomplete: the source says “including”`,
            `${adjective}の一覧（${l.organisations.length}機関）は出典が「含む」としており、完全ではない可能性があります`,
          ),
        };
  });
  const verdict = said.some((s) => s.verdict === "no")
    ? "no"
    : said.some((s) => s.verdict === "unrecorded")
      ? "unrecorded"
      : "yes";
  const lead = {
    yes: pick(locale, "Yes — ", "はい。"),
    no: pick(locale, "No — ", "いいえ。"),
    unrecorded: pick(locale, "Not recorded — ", "記録されていません。"),
  }[verdict];
  draft.say(`${lead}${said.map((s) => s.text).join(pick(locale, "; ", "。"))}${pick(locale, ".", "。")}`);
  const answer = draft.finish(kb, question, locale);
  return { ...answer, context: previous };
}
