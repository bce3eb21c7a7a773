/**
 * Round references in every form people use: "2nd", "second", "round 2", "#2", "the 2016 dialogue",
 * "August 2016", "the inaugural one", "latest", "previous", "第2回", "2回目", "第二回", "平成28年", "the
 * Canberra round", "the one after the 2nd". This file finds the mentions; understand.ts resolves them
 * against the rounds on record (a year or a city may name one round, several, or none).
 */
import { gregorianYear } from "../era.ts";
import {
  LATEST_WORDS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PREVIOUS_WORDS,
  ROUND_NOUN_MODIFIERS,
  ROUND_NOUNS,
  STOPWORDS,
} from "./vocabulary.ts";

export type Strength = "strong" | "weak";

export type RoundMention =
  | { kind: "number"; n: number; strength: Strength; via: string }
  | { kind: "latest"; strength: Strength; via: string }
  | { kind: "previous"; strength: Strength; via: string }
  | { kind: "first"; strength: Strength; via: string }
  | { kind: "date"; year: number; month?: number; day?: number; strength: Strength; via: string }
  | { kind: "month"; month: number; strength: Strength; via: string };

export interface RelatedMention {
  mention: RoundMention;
  /** "the round after the 2nd" → after; "before the 3rd" → before */
  relation?: "after" | "before";
  /** token index (English) or -1 (Japanese) */
  at: number;
  /** the words of the reference, [start, end) token indices (English only): "8 August 2016", "round 3" */
  span?: { start: number; end: number };
}

/** Words after an ordinal that show it is not about a round ("first time" is, "first instructions" is not). */
const NOT_A_ROUND_AFTER = new Set([
  "instructions",
  "instruction",
  "year",
  "years",
  "week",
  "weeks",
  "month",
  "months",
  "page",
  "question",
  "questions",
  "paragraph",
  "sentence",
  "line",
  "lines",
  "word",
  "words",
  "item",
  "items",
  "step",
  "steps",
  "prompt",
  "message",
  "messages",
  "place",
  "half",
  "quarter",
  "minister",
  "name",
  "names",
  "world",
  "cup",
  "war",
  "language",
  "lady",
  "secretary",
  "person",
  "people",
  "topic",
  "topics",
  "of",
]);

const AFTER_WORDS = new Set(["after", "following", "succeeding", "since"]);
const BEFORE_WORDS = new Set(["before", "preceding"]);
const RELATION_WORDS = new Set([...AFTER_WORDS, ...BEFORE_WORDS]);

/** Looks past modifiers ("2nd japan australia cyber policy dialogue") for a round noun. */
function headNounFollows(words: string[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 7); j++) {
    const w = words[j] ?? "";
    if (ROUND_NOUNS.has(w)) return true;
    if (!ROUND_NOUN_MODIFIERS.has(w) && w !== "the") return false;
  }
  return false;
}

function strengthAfter(words: string[], i: number): Strength | undefined {
  if (headNounFollows(words, i)) return "strong";
  const next = words[i + 1];
  if (next === undefined) return "weak";
  if (NOT_A_ROUND_AFTER.has(next) || MONTHS[next] !== undefined) return undefined;
  // "the second of August": a day of a month
  if (next === "of" && MONTHS[words[i + 2] ?? ""] !== undefined) return undefined;
  return "weak";
}

const ORDINAL_DIGITS = /^(\d{1,9})(?:st|nd|rd|th)$/;
const YEAR = /^(19[9]\d|20\d\d|2100)$/;

/** Round mentions in English words (matching forms, in order). */
type Push = (mention: RoundMention, at: number, startOfPhrase: number) => void;

/** "round 3", "meeting number two", "rounds 2 and 3": the index of the last word read, or undefined. */
function nounNumber(words: string[], i: number, push: Push): number | undefined {
  const w = words[i] ?? "";
  let j = i + 1;
  if (words[j] === "number" || words[j] === "no" || words[j] === "num" || words[j] === "nr") j++;
  const value = words[j] ?? "";
  // any count of digits ("round 1000" is a round that is not on record), but not a year ("meeting 2016")
  const digits = /^#?(\d{1,9})$/.exec(value);
  const n = digits && !YEAR.test(value) ? Number(digits[1]) : NUMBER_WORDS[value];
  if (n !== undefined && !(words[j + 1] !== undefined && MONTHS[words[j + 1] ?? ""] !== undefined)) {
    push({ kind: "number", n, strength: "strong", via: `${w} ${value}` }, i, i);
    // "rounds 2 and 3", "rounds 1, 2 or 3": the numbers listed after the noun are rounds too
    while (true) {
      const k = words[j + 1] === "and" || words[j + 1] === "or" ? j + 2 : j + 1;
      const more = words[k] ?? "";
      const m = /^\d{1,9}$/.test(more) && !YEAR.test(more) ? Number(more) : NUMBER_WORDS[more];
      if (m === undefined || (m === 1 && more === "one") || MONTHS[words[k + 1] ?? ""] !== undefined) break;
      push({ kind: "number", n: m, strength: "strong", via: `${w} ${more}` }, k, k);
      j = k;
    }
    return j;
  }
  return undefined;
}

/** "2016", "August 2016", "8 August 2016", "August 8 2016" (not "Tokyo 2020" or "2020 Olympics"). */
function yearMention(words: string[], i: number, push: Push): boolean {
  const w = words[i] ?? "";
  const next = words[i + 1];
  if (!YEAR.test(w)) return false;
  const prev = words[i - 1];
  if (
    (prev === "tokyo" && (w === "2020" || w === "2021")) ||
    next === "olympic" ||
    next === "olympics" ||
    next === "paralympic" ||
    next === "games"
  ) {
    return true;
  }
  // "August 2016", "8 August 2016", "August 8 2016" (the comma is gone by now)
  const dayAfterMonth = MONTHS[words[i - 2] ?? ""] !== undefined && /^\d{1,2}$/.test(prev ?? "");
  const month =
    prev !== undefined
      ? (MONTHS[prev] ?? (dayAfterMonth ? MONTHS[words[i - 2] ?? ""] : undefined))
      : undefined;
  const dayWord = dayAfterMonth ? prev : month !== undefined ? words[i - 2] : undefined;
  const day = /^\d{1,2}$/.test(dayWord ?? "") ? Number(dayWord) : undefined;
  const start =
    month === undefined ? i : dayAfterMonth || day === undefined ? i - (dayAfterMonth ? 2 : 1) : i - 2;
  push(
    {
      kind: "date",
      year: Number(w),
      ...(month ? { month } : {}),
      ...(month && day && day >= 1 && day <= 31 ? { day } : {}),
      strength: "strong",
      via: w,
    },
    i,
    start,
  );
  return true;
}

/** "13th February", "the 3rd of August", "February 13th": an ordinal that is a day of a month. */
function dayOfMonth(words: string[], i: number): boolean {
  const next = words[i + 1] ?? "";
  const prev = words[i - 1] ?? "";
  return (
    MONTHS[next] !== undefined ||
    (next === "of" && MONTHS[words[i + 2] ?? ""] !== undefined) ||
    MONTHS[prev] !== undefined
  );
}

/** "after the 2nd", "before the Tokyo 2017 one": how the words before a round relate the question to it. */
function relationBefore(words: string[], mention: RoundMention, at: number, startOfPhrase: number) {
  let k = startOfPhrase - 1;
  // "before the Tokyo 2017 one": one describing word between "the" and the round
  if (words[k] !== "the" && words[k - 1] === "the" && RELATION_WORDS.has(words[k - 2] ?? "")) k--;
  if (words[k] === "the") k--;
  const before = words[k];
  // "Since round 2 was in Tokyo, who…": "since" opening a clause about the round is no relation to it
  const next = words[at + Math.max(1, mention.via.split(" ").length)];
  const clause =
    k === 0 && before === "since" && /^(?:was|were|is|are|had|has|did|took|met)$/.test(next ?? "");
  if (clause || !before) return undefined;
  return AFTER_WORDS.has(before) ? "after" : BEFORE_WORDS.has(before) ? "before" : undefined;
}

export function englishRoundMentions(words: string[]): RelatedMention[] {
  const out: RelatedMention[] = [];
  const push = (mention: RoundMention, at: number, startOfPhrase: number) => {
    const relation = relationBefore(words, mention, at, startOfPhrase);
    const span = { start: Math.min(startOfPhrase, at), end: at + Math.max(1, mention.via.split(" ").length) };
    out.push(relation ? { mention, relation, at, span } : { mention, at, span });
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const next = words[i + 1];
    const ordinal = ORDINAL_DIGITS.exec(w);
    if (ordinal) {
      if (dayOfMonth(words, i)) continue;
      push({ kind: "number", n: Number(ordinal[1]), strength: "strong", via: w }, i, i);
      continue;
    }
    if (w in ORDINAL_WORDS && !(w === "second" && next === "half")) {
      const strength = strengthAfter(words, i);
      if (!strength) continue;
      const n = ORDINAL_WORDS[w] ?? 0;
      push(n === 1 ? { kind: "first", strength, via: w } : { kind: "number", n, strength, via: w }, i, i);
      continue;
    }
    if (w.startsWith("#") && /^#\d{1,9}$/.test(w)) {
      push({ kind: "number", n: Number(w.slice(1)), strength: "strong", via: w }, i, i);
      continue;
    }
    if (ROUND_NOUNS.has(w) && w !== "one" && next !== undefined) {
      const last = nounNumber(words, i, push);
      if (last !== undefined) {
        i = last;
        continue;
      }
    }
    if ((w === "number" || w === "no") && /^\d{1,9}$/.test(next ?? "") && !YEAR.test(next ?? "") && i > 0) {
      push({ kind: "number", n: Number(next), strength: "weak", via: `${w} ${next}` }, i, i);
      i++;
      continue;
    }
    if (LATEST_WORDS.has(w) || (w === "most" && next === "recent")) {
      const at = w === "most" ? i + 1 : i;
      if (w === "last" && (next === "year" || next === "week" || next === "month")) continue;
      const strength = strengthAfter(words, at);
      if (strength) push({ kind: "latest", strength, via: w === "most" ? "most recent" : w }, i, i);
      if (w === "most") i++;
      continue;
    }
    if (PREVIOUS_WORDS.has(w)) {
      const strength = strengthAfter(words, i);
      if (strength) push({ kind: "previous", strength, via: w }, i, i);
      continue;
    }
    if (yearMention(words, i, push)) continue;
    const month = MONTHS[w];
    if (month !== undefined && w.length >= 3 && !YEAR.test(next ?? "") && w !== "may" && w !== "mar") {
      if (/^\d{1,2}$/.test(next ?? "") && YEAR.test(words[i + 2] ?? "")) continue; // "August 2, 2016"
      const strength = headNounFollows(words, i) ? "strong" : words[i - 1] === "in" ? "weak" : undefined;
      if (strength) push({ kind: "month", month, strength, via: w }, i, i);
    }
  }
  return out;
}

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A count written in digits, in English words or in Japanese ("3", "three", "三") → number. */
export function numberOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word.toLowerCase()] ?? japaneseNumber(word));
}

/** "2", "二", "十二", "二十" → number. */
export function japaneseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇一二三四五六七八九十]+$/.test(text)) return undefined;
  if (!text.includes("十")) {
    return [...text].reduce((sum, ch) => sum * 10 + (KANJI_DIGITS[ch] ?? 0), 0);
  }
  const [tens, ones] = text.split("十");
  const t = tens ? (KANJI_DIGITS[tens] ?? 1) : 1;
  const o = ones ? (KANJI_DIGITS[ones] ?? 0) : 0;
  return t * 10 + o;
}

const JA_NUM = "([0-9]{1,9}|[〇一二三四五六七八九十]{1,3})";
/** 「第2回」, 「2回目」 */
const JA_ORDINAL = new RegExp(
  `第${JA_NUM}(?:回|かい|会(?!合|議|談))(?:目|め)?|(?<![0-9〇一二三四五六七八九十第何])${JA_NUM}(?:回目|かいめ)`,
  "g",
);

/** 「第2回の後」「第2回より後」「第2回以降」; 「第2回の前」「第2回より前」「第2回より先」 */
const JA_AFTER = /^の?後|^以降|^の次|^より(?:後|あと)/;
const JA_BEFORE = /^の?前|^より(?:前|先|早)/;

/** Round mentions in Japanese text (NFKC-normalised, spaces removed). */
export function japaneseRoundMentions(text: string): RelatedMention[] {
  const out: RelatedMention[] = [];
  for (const match of text.matchAll(JA_ORDINAL)) {
    const n = japaneseNumber(match[1] ?? match[2] ?? "");
    if (n === undefined) continue;
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 4);
    const relation = JA_AFTER.test(after) ? "after" : JA_BEFORE.test(after) ? "before" : undefined;
    const mention: RoundMention =
      n === 1
        ? { kind: "first", strength: "strong", via: match[0] }
        : { kind: "number", n, strength: "strong", via: match[0] };
    out.push(relation ? { mention, relation, at: -1 } : { mention, at: -1 });
  }
  const firstRound = /初回|最初の(?:回|協議|会合|会議)|一番最初/.exec(text);
  if (firstRound) {
    const end = firstRound.index + firstRound[0].length;
    const relation = /^の?後|^以降|^の次/.test(text.slice(end, end + 3)) ? "after" : undefined;
    const mention: RoundMention = { kind: "first", strength: "strong", via: "初回" };
    out.push(relation ? { mention, relation, at: -1 } : { mention, at: -1 });
  }
  if (/最新|直近|最近|前回|最後の(?:回|協議|会合|会議)|一番新しい|最も新しい/.test(text)) {
    out.push({ mention: { kind: "latest", strength: "strong", via: "最新" }, at: -1 });
  }
  for (const match of text.matchAll(/(平成|令和)(元|[0-9]{1,2})年(?:([0-9]{1,2})月)?/g)) {
    const year = gregorianYear(match[1] ?? "", match[2] === "元" ? 1 : Number(match[2]));
    if (year === undefined) continue;
    const month = match[3] ? Number(match[3]) : undefined;
    out.push({
      mention: { kind: "date", year, ...(month ? { month } : {}), strength: "strong", via: match[0] },
      at: -1,
    });
  }
  for (const match of text.matchAll(/(?<![0-9])([0-9]{4})年(?:([0-9]{1,2})月)?/g)) {
    const month = match[2] ? Number(match[2]) : undefined;
    out.push({
      mention: {
        kind: "date",
        year: Number(match[1]),
        ...(month ? { month } : {}),
        strength: "strong",
        via: match[0],
      },
      at: -1,
    });
  }
  for (const match of text.matchAll(/(?<![0-9年])([0-9]{1,2})月(?![0-9]{1,2}日)/g)) {
    if (text.slice(Math.max(0, (match.index ?? 0) - 1), match.index).match(/年/)) continue;
    out.push({
      mention: { kind: "month", month: Number(match[1]), strength: "weak", via: match[0] },
      at: -1,
    });
  }
  return out;
}

export const isRoundWord = (w: string) =>
  ROUND_NOUNS.has(w) ||
  ORDINAL_DIGITS.test(w) ||
  w in ORDINAL_WORDS ||
  LATEST_WORDS.has(w) ||
  PREVIOUS_WORDS.has(w) ||
  YEAR.test(w) ||
  MONTHS[w] !== undefined ||
  /^#?\d{1,9}$/.test(w) ||
  STOPWORDS.has(w);

/** A round "number" that no round can have: negative or fractional ("round -1", "round 2.5", "第2.5回"). */
const ODD_ROUND =
  /(?:\b(round|rnd|rd|meeting|session|dialogue|dialog)\s*(?:number|no\.?|num|nr)?\s*#?|(#))\s*(-\s*\d{1,9}(?:\.\d{1,4})?|\d{1,9}\.\d{1,4})(?![\d.]*\d)|第\s*(-?\d{1,9}(?:\.\d{1,4})?)\s*回/giu;

/**
 * Finds round numbers that cannot exist and takes them out of the text (so that "round 2.5" is not read as
 * "round 2"): the mentions, and the text with each such number removed.
 */
export function oddRoundMentions(text: string): { mentions: RelatedMention[]; text: string } {
  const mentions: RelatedMention[] = [];
  const rest = text.replace(
    ODD_ROUND,
    (
      all,
      noun: string | undefined,
      hash: string | undefined,
      en: string | undefined,
      ja: string | undefined,
    ) => {
      const value = (en ?? ja ?? "").replace(/\s+/g, "");
      const n = Number(value);
      if (!Number.isFinite(n) || (Number.isInteger(n) && n >= 0)) return all;
      mentions.push({ mention: { kind: "number", n, strength: "strong", via: all.trim() }, at: -1 });
      return noun ? `${noun} ` : hash ? "# " : " ";
    },
  );
  return { mentions, text: rest };
}
