/**
 * The few words that tell what a claim asserts about the round, person or organisation it names: co-chairing
 * rather than attending, an announcement or a press release rather than the meeting, a count of bodies.
 * Base forms; the patterns take the inflections.
 */
import { NUMBER_WORDS } from "../understand/vocabulary.ts";
export const COCHAIR =
  /\bco-?chair|\bchair(?:ed|s|ing|man|woman|person)?\b|\bpresid|\bled\b|\blead\b|\bheaded\b|\bhost(?:ed)? the (?:talks|meeting)|共同議長|議長/i;

export const ANNOUNCED =
  /\b(?:announc\w*|plann?\w*|promis\w*|suppos\w*|schedul\w*|intend\w*|expect\w*|slated|set|due|meant)\b|予定|発表され|発表した|決まって/i;

export const RELEASE =
  /\bpress release\b|\brelease[ds]?\b|\bpublish\w*|\bissued\b|\bdated\b|\bstatement\b|公表|発出|プレスリリース|報道発表/i;

export const HELD =
  /\bheld\b|\bhold\b|\btak(?:e|en|es) place\b|\btook place\b|\bhappen\w*|\bconven\w*|\bmeet\b|\bmet\b|\boccur\w*|開催|行われ|開かれ|実施/i;

/** "after 2016", "2016年以降": a date that bounds, not one that is asserted. */
export const BOUND_BEFORE =
  /\b(?:after|before|since|until|till|by|between|from|prior to|later than|earlier than)\s*(?:the\s+)?$/i;
export const BOUND_AFTER = /^\s*(?:以降|以前|より|から|まで|前|後|or later|or earlier|onwards)/i;

/** "the Tokyo 2020 Olympics": a city named as part of something else. */
export const NOT_A_VENUE =
  /^\s*(?:2020|2021|olympic|paralympic|games)|^(?:2020|オリンピック|パラリンピック|五輪)/i;

const KANJI = "〇一二三四五六七八九十";

const COUNT_EN = new RegExp(
  // (not a round's number: "the round 3 participants")
  `(?<!\\b(?:round|rounds|meeting|dialogue|session|r|#) ?)\\b(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})(?: japanese| australian| aussie| different| separate| government| participating| attending| recorded){0,2} (?:agencies|organi[sz]ations|orgs|ministries|bodies|departments|institutions|entities|offices|participants)\\b`,
  "i",
);
const COUNT_JA =
  /(\d{1,2}|[〇一二三四五六七八九十]{1,3})(?:つの)?(?:機関|省庁|組織|団体)|(?:機関|省庁|組織|団体)(?:は|が|数は)?(\d{1,2}|[〇一二三四五六七八九十]{1,3})つ/;

function kanjiNumber(text: string): number {
  if (!text.includes("十")) return [...text].reduce((sum, ch) => sum * 10 + KANJI.indexOf(ch), 0);
  const [tens, ones] = text.split("十");
  return (tens ? KANJI.indexOf(tens) : 1) * 10 + (ones ? KANJI.indexOf(ones) : 0);
}

/** "three agencies", "7 Japanese organisations", "4つの機関": the count of bodies asserted. */
export function countAsserted(text: string): number | undefined {
  const en = COUNT_EN.exec(text);
  if (en?.[1]) return NUMBER_WORDS[en[1].toLowerCase()] ?? Number(en[1]);
  const ja = COUNT_JA.exec(text);
  const n = ja?.[1] ?? ja?.[2];
  if (n) return /^\d+$/.test(n) ? Number(n) : kanjiNumber(n);
  return undefined;
}

/** "…, right?", "…, correct?", 「〜ですよね」「〜でしたっけ」: a statement put as a question to confirm. */
export const TAG =
  /(?:,|\s)\s*(?:right|correct|yes|yeah|yep|true|no|ok|okay|eh|isn'?t (?:it|that so)|wasn'?t (?:it|he|she|that)|weren'?t they|didn'?t (?:it|they|he|she)|am i right|is that (?:right|correct|true))\s*[?？!.]*\s*$|(?:ですよね|ですね|だよね|よね|でしたっけ|だったっけ|だっけ|っけ|でしょうか|でしょう|だろう|じゃない|じゃなかった|ではないですか|で合って(?:い)?ます|であって(?:い)?ます|で合ってる|であってる|で正しい|ね)\s*[?？。!！]*\s*$/i;
