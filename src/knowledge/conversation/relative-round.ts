/**
 * A round named relative to the one the previous turn was about: "the one before", "the round after that",
 * "the next time", "two rounds later", 「その前」「次の回でした？」「2回後」. The phrase is replaced by the round it
 * names, so the question reads by itself ("which of them wasn't there the next time?" after round 2 → "which of
 * them wasn't there at round 3?"). "The next round" asked in the present or future ("is there a next round?",
 * 「次回はいつ？」) is the dialogue's next round, not the one after the previous turn's.
 */
import type { Locale } from "../answer-types.ts";
import { numberOf } from "../understand/rounds.ts";

const NOUN = "(?:one|round|meeting|session|dialogue)";
const NOUNS = "(?:rounds|meetings|sessions|dialogues)";

/** "the one before (that)", "the preceding round", "and before that?", 「その前」「一つ前」. */
const BEFORE = new RegExp(
  `\\b(?:the ${NOUN} before(?: (?:that|it|this))?|before (?:that|it|this) (?:one|round)|the (?:preceding|previous|prior) ${NOUN}(?: (?:to|before) (?:that|it|this))?|one before)\\b|^\\s*(?:and |so |ok )?(?:just )?before (?:that|it|this)\\s*[?？.]*\\s*$|その前の回|その前|一つ前|ひとつ前|前の回`,
  "i",
);
/** "the one after (that)", "the following round", "and after that?", 「その次」「一つ後」. */
const AFTER = new RegExp(
  `\\b(?:the ${NOUN} after(?: (?:that|it|this))?|after (?:that|it|this) (?:one|round)|the following ${NOUN}|one after)\\b|^\\s*(?:and |so |ok )?(?:just )?after (?:that|it|this)\\s*[?？.]*\\s*$|その次の回|その次|その後の回|一つ後|ひとつ後`,
  "i",
);
/** "the next round", "the next time", 次の回: the one after, when asked of the past. */
const NEXT = new RegExp(`\\bthe next (?:${NOUN}|time)\\b|次の回`, "i");
/** "two rounds later", "3 meetings earlier", 「2回後」「二回前」. */
const COUNTED = new RegExp(
  `\\b(\\w+) ${NOUNS} (later|after(?: (?:that|it|this))?|on|afterwards|earlier|before(?: (?:that|it|this))?|prior)\\b`,
  "i",
);
const COUNTED_JA = /([0-9]{1,2}|[一二三四五六七八九十]{1,3})回(後|前)/;

/**
 * A question about now or what is to come ("is there", "will", "upcoming", 次回はいつ), or about what a round
 * announced of the next ("what did it announce about the next round?"): the dialogue's next round.
 */
const PRESENT =
  /\b(?:is|are|will|shall|going to|upcoming|planned|scheduled|expected|confirmed|coming)\b|\bannounc|\bwhen'?s\b|予定|発表|いつ[？?]?$|ある[？?]?$|あります/i;
/** A question asked of the past (Japanese): 〜た？, 〜でした？, 〜ました？ */
const PAST_JA = /(?:た|でした|ました|だった)(?:か|の)?[？?]?\s*$/;

export interface RelativeRound {
  /** how many rounds after (positive) or before (negative) the previous turn's round */
  offset: number;
  /** the words that name it */
  phrase: string;
}

/** The round the question names relative to the previous turn's, if it names one that way. */
export function relativeRound(question: string): RelativeRound | undefined {
  const counted = COUNTED.exec(question);
  const k = counted?.[1] ? numberOf(counted[1]) : undefined;
  if (counted && k !== undefined && k >= 1) {
    const back = /^(?:earlier|before|prior)/i.test(counted[2] ?? "");
    return { offset: back ? -k : k, phrase: counted[0] };
  }
  const countedJa = COUNTED_JA.exec(question);
  const kJa = countedJa?.[1] ? numberOf(countedJa[1]) : undefined;
  if (countedJa && kJa !== undefined && kJa >= 1)
    return { offset: countedJa[2] === "前" ? -kJa : kJa, phrase: countedJa[0] };
  const before = BEFORE.exec(question);
  if (before) return { offset: -1, phrase: before[0] };
  const after = AFTER.exec(question);
  if (after) return { offset: 1, phrase: after[0] };
  const next = NEXT.exec(question);
  const past = next?.[0] === "次の回" ? PAST_JA.test(question) : !PRESENT.test(question);
  if (next && past) return { offset: 1, phrase: next[0] };
  return undefined;
}

/** The question with its relative round replaced by the round it names ("the next time" → "at round 3"). */
export function withRoundNamed(question: string, relative: RelativeRound, n: number, locale: Locale): string {
  const named =
    locale === "ja" || /[\u3040-\u30ff\u4e00-\u9fff]/.test(relative.phrase) ? `第${n}回` : `round ${n}`;
  const adverbial =
    /\btime\b/i.test(relative.phrase) &&
    !/\b(?:at|in|on|by|for|from|to|of)\s+$/i.test(question.slice(0, question.indexOf(relative.phrase)));
  return question.replace(relative.phrase, adverbial ? `at ${named}` : named);
}
