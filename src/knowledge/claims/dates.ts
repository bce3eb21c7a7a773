/**
 * Dates and days of the week as a question asserts them, to the day: "8 August 2016", "August 8th, 2016",
 * "2016-08-08", "2016年8月8日", "平成28年8月8日", "8月8日", "on a Friday", "金曜日". Years and months alone
 * too ("in August 2016", "2017年"). Understanding finds dates that pick a round; this finds the date claimed.
 */
import { gregorianYear } from "../era.ts";
import { MONTHS } from "../understand/vocabulary.ts";
import { WEEKDAYS_EN, WEEKDAYS_JA } from "../weekdays.ts";
import type { AskedDay } from "./types.ts";

export interface DateMention {
  date: AskedDay;
  /** where it starts in the text searched */
  at: number;
  end: number;
}

const MONTH_WORD = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d\\d)";

/** What a pattern needs in the text to match at all: a year, a month's name, or both (cheap tests first). */
type Needs = "year" | "month" | "both";

/** English patterns, most specific first; each gives [year, month, day] group numbers (0 = absent). */
const ENGLISH: [RegExp, [number, number, number], Needs][] = [
  [new RegExp(`\\b${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})\\b`, "g"), [1, 2, 3], "year"],
  // "8/8/2016", "2.8.2016": day first, as written in Australia (month first only when the day is > 12)
  [new RegExp(`\\b(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}\\b`, "g"), [3, 2, 1], "year"],
  [new RegExp(`\\b${DAY}(?: of)? ${MONTH_WORD},? ${YEAR}\\b`, "g"), [3, 2, 1], "both"],
  [new RegExp(`\\b${MONTH_WORD} ${DAY},? ${YEAR}\\b`, "g"), [3, 1, 2], "both"],
  [new RegExp(`\\b${DAY}(?: of)? ${MONTH_WORD}(?![a-z])`, "g"), [0, 2, 1], "month"],
  [
    new RegExp(`\\b${MONTH_WORD} ${DAY}\\b(?! ?(?:st|nd|rd|th)? ?(?:round|meeting|dialogue))`, "g"),
    [0, 1, 2],
    "month",
  ],
  [new RegExp(`\\b${MONTH_WORD},? ${YEAR}\\b`, "g"), [2, 1, 0], "both"],
  [new RegExp(`\\b(?:in|during|of) ${MONTH_WORD}(?![a-z])`, "g"), [0, 1, 0], "month"],
  [new RegExp(`\\b${YEAR}\\b(?! ?(?:olympic|paralympic|games))`, "g"), [1, 0, 0], "year"],
];
const ANY_MONTH = new RegExp(`\\b${MONTH_WORD}`);
const ANY_YEAR = /(?:19|20)\d\d/;

const JAPANESE: [RegExp, (m: RegExpMatchArray) => AskedDay][] = [
  [
    /(平成|令和)(元|\d{1,2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g,
    (m) => ({
      year: gregorianYear(m[1] ?? "", m[2] === "元" ? 1 : Number(m[2])) ?? 0,
      ...part("month", m[3]),
      ...part("day", m[4]),
    }),
  ],
  [
    /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g,
    (m) => ({ year: Number(m[1]), ...part("month", m[2]), ...part("day", m[3]) }),
  ],
  [/(\d{1,2})月(?:(\d{1,2})日)?/g, (m) => ({ month: Number(m[1]), ...part("day", m[2]) })],
];

function part(key: "month" | "day", value: string | undefined): AskedDay {
  return value ? { [key]: Number(value) } : {};
}

const valid = (d: AskedDay) =>
  (d.month === undefined || (d.month >= 1 && d.month <= 12)) &&
  (d.day === undefined || (d.day >= 1 && d.day <= 31));

/** Every date asserted in the text (lower-cased English, or NFKC Japanese), no two overlapping. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  // spans already read, valid or not ("31/31/2016" is no date, and its year is not one either)
  const spans: { at: number; end: number }[] = [];
  const taken = (at: number, end: number) => spans.some((d) => at < d.end && end > d.at);
  for (const [pattern, read] of /[年月]/.test(text) ? JAPANESE : []) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const date = read(match);
      if (taken(at, end)) continue;
      spans.push({ at, end });
      if (valid(date)) out.push({ date, at, end });
    }
  }
  const lower = text.toLowerCase();
  const has = { year: ANY_YEAR.test(lower), month: ANY_MONTH.test(lower) };
  for (const [pattern, [y, m, d], needs] of ENGLISH) {
    if ((needs === "year" || needs === "both") && !has.year) continue;
    if ((needs === "month" || needs === "both") && !has.month) continue;
    for (const match of lower.matchAll(pattern)) {
      const at = match.index ?? 0;
      const end = at + match[0].length;
      const monthText = m ? (match[m] ?? "") : "";
      const date: AskedDay = {
        ...(y ? { year: Number(match[y]) } : {}),
        ...(m ? { month: MONTHS[monthText] ?? Number(monthText) } : {}),
        ...(d ? { day: Number(match[d]) } : {}),
      };
      if (date.month !== undefined && date.month > 12 && date.day !== undefined && date.day <= 12)
        [date.month, date.day] = [date.day, date.month];
      // "may" and "mar" are words too: only with a day or a year
      if (m && (monthText === "may" || monthText === "mar") && !d && !y) continue;
      if (taken(at, end)) continue;
      spans.push({ at, end });
      if (valid(date)) out.push({ date, at, end });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const WEEKDAYS_LOWER = WEEKDAYS_EN.map((d) => d.toLowerCase());

/** Days of the week asserted ("on a Friday", "金曜日", "金曜"): 0 = Sunday … 6 = Saturday. */
export function findWeekdays(text: string): number[] {
  const out = new Set<number>();
  for (const match of text.toLowerCase().matchAll(/\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/g)) {
    const i = WEEKDAYS_LOWER.findIndex((w) => w.startsWith(match[1] ?? "-"));
    if (i >= 0) out.add(i);
  }
  for (const match of text.matchAll(/([日月火水木金土])曜/g))
    out.add((WEEKDAYS_JA as readonly string[]).indexOf(match[1] ?? ""));
  return [...out].filter((i) => i >= 0);
}

/** The day of the week of a calendar day. */
export const weekdayOf = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay();
