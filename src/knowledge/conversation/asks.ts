/**
 * Question shapes that are about the dialogue as a whole rather than one round: how often it meets
 * (cadence) and how long since it last met (recency). Read on the question's words, in both languages.
 */
import { TAG } from "../claims/cues.ts";
import { cleanInput } from "../understand/normalise.ts";

const CADENCE =
  /\bhow (?:often|frequently|regularly)\b|\bannual(?:ly)?\b|\byearly\b|\b(?:every|each) (?:single |calendar )?(?:year|two years|\d+ years|other year)\b|\bonce a year\b|\bfrequency\b|\bcadence\b|\bbiennial\b|\bhow many times a year\b|\b(?:meet|held|happen)s? regularly\b|\bregular (?:meetings?|basis|schedule)\b/i;
const CADENCE_JA =
  /頻度|毎年|年に?(?:一|1|１)(?:回|度)|何年(?:おき|ごと|に一度|に1回)|定期的|開催間隔|どのくらいの(?:間隔|ペース)|どれくらいの(?:間隔|ペース)|何年に一度/;

const RECENCY =
  /\bhow long (?:since|ago|has it been)\b|\bhow many (?:years|months) (?:since|ago|has it been)\b|\bwhen did (?:we|they|japan|australia|the (?:two|two sides|sides|countries|delegations)|japan and australia)(?: \w+)? last (?:meet|talk|get together|sit down|convene|hold)\b|\blast (?:met|convened|got together|sat down)\b|\blast time (?:we|they|the two sides) (?:met|talked|got together|sat down)\b|\bwhen was the last time\b/i;
const RECENCY_JA =
  /最後に(?:会|会っ|開催|協議|行われ|開かれ)|(?:どのくらい|どれくらい|どれぐらい|何年|何か月|何ヶ月)(?:経|たっ|経っ|前|ぶり)|前回から(?:どのくらい|どれくらい|何年)/;

/** "The dialogue has met every year since 2015.": a statement of how often it meets, with no question word */
const STATED =
  /^(?![^?]*\b(?:how|what|when|which|who|why|where)\b)[^?]*\b(?:has|have|is|are|was|were) (?:been )?(?:met|held|convened|meeting|happening)\b[^?]*$|^(?![^?]*\b(?:how|what|when|which|who|why|where)\b)[^?]*\b(?:meets|met|happens|convenes)\b[^?]*[.!]?$/i;
const YESNO = /^\s*(?:(?:so|and|but|ok(?:ay)?),?\s+)?(?:is|are|was|were|does|do|did|has|have|will)\b/i;
const YESNO_JA =
  /(?:ですか|ますか|のか|のですか|んですか|か)[?？。]*$|(?:毎年|年に?(?:一|1|１)(?:回|度)|定期的)(?:なの|なん|開催)?[?？]+$/;
const WH_JA = /どのくらい|どれくらい|どれぐらい|何|いつ|どう|どんな/;

const SUMMARY =
  /\b(?:summar(?:y|ise|ize|ised|ized)|overview|recap|rundown|sum (?:it )?up|brief me|background|the story so far)\b/i;
const SUMMARY_JA = /概要|まとめ|要約|おさらい|全体像|あらまし/;
/** Words of one part of the record: a summary of that part is a question about it, not of the whole. */
const PART_WORDS =
  /\b(?:co-?chairs?|agenc\w*|organi[sz]ations?|participants?|topics?|agenda|statement|outcomes?|next)\b|共同議長|参加|機関|議題|次回|成果/i;

export interface WholeAsk {
  kind: "cadence" | "recency" | "summary";
  yesno: boolean;
}

/** A question about how often the dialogue meets, or how long since it last did; undefined otherwise. */
export function wholeDialogueAsk(question: string): WholeAsk | undefined {
  const text = cleanInput(question);
  // a yes/no question, a tag question ("…, right?") or a statement put to be checked ("It has met every year.")
  const yesno =
    YESNO.test(text) ||
    TAG.test(text) ||
    STATED.test(text) ||
    ((YESNO_JA.test(text) || TAG.test(text)) && !WH_JA.test(text));
  if (RECENCY.test(text) || RECENCY_JA.test(text)) return { kind: "recency", yesno: false };
  // "the 5th annual dialogue" names a round: a question about it, not about how often they meet
  const namesRound = /\b\d+(?:st|nd|rd|th)\b|\b(?:round|meeting|dialogue) \d|第\s*\d+\s*回/i.test(text);
  // ("the 5th annual dialogue…, so it's annual?": the cadence said of the dialogue is asked)
  const saidOfIt =
    /\b(?:it'?s|it is|is it|so it|they are|are they)\s+(?:held\s+|an?\s+)?(?:annual|yearly|annually)\b/i.test(
      text,
    );
  if (namesRound && !/\bhow often\b|頻度/.test(text) && !saidOfIt) return undefined;
  if (CADENCE.test(text) || CADENCE_JA.test(text)) return { kind: "cadence", yesno };
  if ((SUMMARY.test(text) || SUMMARY_JA.test(text)) && !namesRound && !PART_WORDS.test(text))
    return { kind: "summary", yesno: false };
  return undefined;
}
