/**
 * "there", 「そこ」: the place the previous turn was about — the place it named (even in a question that was
 * not on topic: "what's a good hotel in Canberra?" → "which round was held there?"), else where the one round
 * it answered about was held. The follow-up is read with the place's name in place of the word.
 */
import type { Answer, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { announcementOf, isKnown, knownCities, roundByNumber, samePlace } from "../queries.ts";
import type { Understanding } from "../understand/hints.ts";

/**
 * "there" as a place: not "is there", "were there any", "there has been" (the existential "there"), and not
 * in a word ("therefore").
 */
const THERE_EN =
  /(?<!\b(?:is|are|was|were|be|been|has|have|had|will|'s|isn't|wasn't|weren't|aren't|hasn't|haven't)\s+)\bthere\b(?!\s+(?:is|are|was|were|be|been|has|have|had|will|'s|isn't|wasn't|aren't|weren't)\b)/i;
const THERE_JA = /そこ|その場所|同地|その都市|その街/;

/** The English name of the place a turn was about, if it was about one. */
export function placeOfTurn(kb: KnowledgeBase, u: Understanding, answer: Answer): string | undefined {
  const named = u.reading?.mentions.find((m) => m.kind === "place" && m.known);
  if (named?.kind === "place") return named.en;
  if (u.query.place && knownCities(kb).some((p) => samePlace(p, u.query.place ?? ""))) return u.query.place;
  if (answer.intent === "unknown" || answer.round === null) return undefined;
  const round = roundByNumber(kb, answer.round);
  return round && isKnown(round.place) ? round.place.value.city.en : undefined;
}

/** "which one wasn't?", "and the others?", 「それ以外は？」 after rounds of a place: the rounds held elsewhere. */
const NOT_THERE =
  /^\s*(?:and |so |ok )?(?:which (?:one|ones|rounds?)?\s*(?:was|were)(?:n't| not)(?: (?:held )?there)?|(?:and )?the (?:other|others|rest)(?: ones?)?|what about the (?:other|others|rest))\s*[?.!]*\s*$|^(?:じゃあ)?(?:それ以外|そうでない回|ほか|他)(?:の回)?は[？?]*$/i;

/** The question with "there" replaced by the place the previous turn was about (unchanged without one). */
export function resolveThere(kb: KnowledgeBase, question: string, context: TurnContext | undefined): string {
  const place = plannedPlace(kb, question, context) ?? context?.place;
  // what a round announced: "there" is the announced place (announced.ts)
  if (!context || !place || context.query.intent === "next_round") return question;
  if (NOT_THERE.test(question) && context.query.intent === "rounds")
    return /[ぁ-んァ-ン一-龯]/.test(question)
      ? `${japaneseName(kb, place)}以外で開催された回は？`
      : `which rounds were held outside ${place}?`;
  // "what was on the agenda there?" after one round: at that meeting, not every round of its city
  const n = context.query.round;
  if (
    n !== undefined &&
    THERE_EN.test(question) &&
    AT_THE_MEETING.test(question) &&
    !PLACE_ASKED.test(question)
  )
    return question.replace(THERE_EN, `at round ${n}`);
  if (THERE_EN.test(question)) return question.replace(THERE_EN, `in ${place}`).replace(/\bin in\b/i, "in");
  if (THERE_JA.test(question)) return question.replace(THERE_JA, japaneseName(kb, place));
  return question;
}

/** What is asked of a meeting itself (its agenda, its people), where "there" is that meeting. */
const AT_THE_MEETING =
  /\b(?:agenda|topics?|discuss\w*|talk(?:ed)? about|co-?chair\w*|chair\w*|agenc\w*|organi[sz]ations?|who (?:was|were|came|attended)|attend\w*|represent\w*|produce\w*|outcomes?|statement)\b/i;
/** What is asked of a place (the rounds held there): "there" stays the city. */
const PLACE_ASKED = /\b(?:rounds?|meetings?|held|hosted|took place|take place|met|round \d)\b/i;

/** "Did it actually happen there?": "there" is where the round was announced for, when one was. */
const ACTUALLY = /\b(?:actually|really|in the end|in fact|as planned|after all)\b|実際|本当に|結局/i;

function plannedPlace(
  kb: KnowledgeBase,
  question: string,
  context: TurnContext | undefined,
): string | undefined {
  const n = context?.query.round;
  if (n === undefined || !ACTUALLY.test(question)) return undefined;
  return announcementOf(kb, n)?.announced.place?.city.en;
}

const japaneseName = (kb: KnowledgeBase, place: string): string =>
  knownCities(kb).find((p) => samePlace(p, place))?.city.ja ?? place;
