/**
 * What a short follow-up says by itself, read without the question it follows: a side ("and the Australian
 * side?", 「豪州側は？」), a bare round number ("and 3?", "r3?"), a round relative to the previous one ("the
 * one before?", 「その次は？」), whether it opens as a follow-up ("and…", "what about…", 「じゃあ…」), and how
 * many words of its own ask something (cue words).
 */

import type { Side } from "../answer-types.ts";
import { detectSide } from "../understand/entities.ts";
import { scoreCues } from "../understand/intent.ts";
import { cleanInput, compactKey, hasJapanese, tokenise } from "../understand/normalise.ts";
import { ORDINAL_WORDS, SIDE_WORDS, STOPWORDS } from "../understand/vocabulary.ts";
import { type RelativeRound, relativeRound } from "./relative-round.ts";

export interface Fragment {
  words: string[];
  side?: Side;
  /** "and 3?", "what about the 3rd?", "r3": a round named by its number alone */
  bareRound?: number;
  /** "the one before?", "and the one after that?", "two rounds later", 「その次は？」: relative to the previous turn */
  relative?: RelativeRound;
  /** starts the way a follow-up does ("and", "what about", "how about", 「じゃあ」, 「では」) */
  opener: boolean;
  /** weight of the words that ask something (co-chairs, agencies, where…), round words aside */
  cues: number;
  /** neither Latin letters nor Japanese: the language is the conversation's */
  neutral: boolean;
  /** "how many was that?", "how many of them?", 「全部でいくつ？」: a count of what was just listed, no noun of its own */
  countsBack: boolean;
  /** "same story for round 4?", "ditto for Australia", 「同じく第3回は？」: the previous question, of something else */
  repeats: boolean;
  /** words written as names ("AFP", "Smith"): what the fragment is about, whether on record or not */
  names: string[];
}

/** "same story / question / thing for…", "ditto", 同じく, 同じ質問. */
const REPEAT =
  /^(?:and |so |ok(?:ay)? )?(?:same (?:\w+ )?(?:for|with|about|but)|ditto)\b|^(?:同じく|同じ質問|同様に)/i;

/** "no, I meant", "sorry,", "actually": a correction, whose words ask nothing themselves. */
const CORRECTION =
  /^\s*(?:(?:no|nope|sorry|oops|my bad|my mistake)\s*[,.!—–-]?\s+){0,3}(?:(?:wait|hang on|hold on)\s*[,.!—–-]?\s+)?(?:i meant|i mean|i was asking about|actually|rather|make that)[,:]?\s+|^\s*(?:(?:no|nope|sorry|oops)[,.!]?\s+){0,2}(?:no|nope|sorry|oops)[,.!]\s+|^(?:いや|いえ|ごめん|失礼)[、,]?\s*/i;

/** "same story for", "ditto for": the words that repeat the previous question, to take off. */
const REPEAT_WORDS =
  /^(?:and |so |ok(?:ay)? )?(?:same (?:\w+ )?(?:for|with|about|but)|ditto(?: for)?)\s+|^(?:同じく|同じ質問で|同様に)[、,]?/i;

/**
 * The question without opening words that ask nothing themselves: a correction ("no, I meant round 3" →
 * "round 3") or a repeat of the previous question ("same story for round 4?" → "round 4?").
 */
export function withoutOpener(question: string): string {
  const rest = question.replace(CORRECTION, "").replace(REPEAT_WORDS, "");
  return /[\p{L}\p{N}]/u.test(rest) ? rest : question;
}

/** "how many" followed by no noun of its own: a verb, a pronoun, a side or place, or the end. */
const COUNT_BACK =
  /\bhow many\b(?=\s*(?:[?!.]|$|(?:was|were|is|are|'s|did|does|do|of (?:them|those|these)|in (?:total|all)|altogether|all together|on|at|from|for|that|there|then)\b))|\b(?:count (?:them|those)|what(?:'s| is| was) the (?:count|number|total))\b|\bhow many (?:each|apiece|per round|in each)\b/i;
/** 「いくつ？」「何機関？」「全部で何？」 with no noun counted before it (何回 counts rounds). */
const COUNT_BACK_JA =
  /^(?:それ|これ|あれ|そこ)?(?:は|で|って)?(?:全部で|合計で?|計|合わせて|両方で|両側で)?(?:いくつ|何機関|何個|何件|何人)/;

/** How a follow-up opens, corrections included ("no, I meant round 3", "sorry, the 2nd"). */
const OPENER =
  /^(?:and|also|then|so|ok(?:ay)?|what about|how about|same (?:\w+ )?(?:for|with|about)|now|but|no,? i meant|i meant|sorry|actually|rather)\b|^(?:じゃあ|じゃ|では|それでは|で、|それと|あと|また|それから|いや|じゃなくて)/i;

/** "3", "3rd", "the third", "round 3", "r3", "#3", "no. 3" with nothing else but follow-up words. */
const BARE_ROUND =
  /^(?:(?:and|also|then|so|what about|how about|same (?:\w+ )?(?:for|with|about)|now|but|ok(?:ay)?|no,?|nope,?|sorry,?|i meant|i mean|actually,?|rather)\s+)*(?:for\s+)?(?:the\s+)?(?:r|#|no\.?\s*|number\s+)?(\d{1,3}|[a-z]+)(?:st|nd|rd|th)?(?:\s+(?:one|round|meeting))?\s*(?:then|too|instead)?\s*[?？.!]*$/i;
const BARE_ROUND_JA =
  /^(?:じゃあ|じゃ|では|で、|それでは|あと)?第?([0-9０-９]{1,3})(?:回目?)?(?:は|なら|だと|の方は|のほうは|では)?[?？。]*$/;

function bareRound(text: string): number | undefined {
  const en = BARE_ROUND.exec(text.trim());
  if (en?.[1]) {
    const word = en[1].toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : ORDINAL_WORDS[word];
    if (n !== undefined && n > 0) return n;
  }
  const ja = BARE_ROUND_JA.exec(text.replace(/\s+/g, ""));
  if (ja?.[1]) return Number(ja[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return undefined;
}

export function readFragment(question: string): Fragment {
  const cleaned = cleanInput(question);
  const tokens = tokenise(cleaned);
  const words = tokens.map((t) => t.text);
  const japanese = hasJapanese(cleaned) ? compactKey(cleaned) : "";
  const side = detectSide(
    words,
    words.map(() => false),
    japanese,
  );
  const lower = cleaned.toLowerCase();
  const scores = scoreCues(words, japanese);
  const { round_overview: _overview, rounds: _rounds, ...asking } = scores.byIntent;
  const fragment: Fragment = {
    words,
    opener: OPENER.test(lower.trim()),
    cues: Object.values(asking).reduce((a, b) => a + b, 0),
    neutral: !/[a-z]/i.test(cleaned) && !hasJapanese(cleaned),
    repeats: REPEAT.test(lower.trim()),
    countsBack: COUNT_BACK.test(lower) || COUNT_BACK_JA.test(japanese.replace(/^(?:じゃあ|では|で、?)/, "")),
    names: tokens
      .filter(
        (t) => /^(?:[A-Z]{2,8}|[A-Z][a-z]{2,})$/.test(t.raw) && !STOPWORDS.has(t.text) && !SIDE_WORDS[t.text],
      )
      .map((t) => t.raw),
  };
  if (side) fragment.side = side;
  const n = bareRound(lower);
  if (n !== undefined) fragment.bareRound = n;
  const relative = relativeRound(cleaned);
  if (relative) fragment.relative = relative;
  return fragment;
}
