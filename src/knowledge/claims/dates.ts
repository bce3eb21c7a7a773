/**
 * Dates and days of the week as a question asserts them, to the day: "8 August 2016", "August 8th, 2016",
 * "2016-08-08", "2016年8月8日", "平成28年8月8日", "8月8日", "on a Friday", "金曜日". Years and months alone
 * too ("in August 2016", "2017年"). Understanding finds dates that pick a round; this finds the date claimed.
 */
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

/** English patterns, most specific first; each gives [year, month, day] group numbers (0 = absent). */
const ENGLISH: [RegExp, [number, number, number]][] = [
  [new RegExp(`\\b${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})\\b`, "g"), [1, 2, 3]],
  // "8/8/2016", "2.8.2016": day first, as written in Australia (month first only when the day is > 12)
  [new RegExp(`\\b(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}\\b`, "g"), [3, 2, 1]],
  [new RegExp(`\\b${DAY}(?: of)? ${MONTH_WORD},? ${YEAR}\\b`, "g"), [3, 2, 1]],
  [new RegExp(`\\b${MONTH_WORD} ${DAY},? ${YEAR}\\b`, "g"), [3, 1, 2]],
  [new RegExp(`\\b${DAY}(?: of)? ${MONTH_WORD}(?![a-z])`, "g"), [0, 2, 1]],
  [
    new RegExp(`\\b${MONTH_WORD} ${DAY}\\b(?! ?(?:st|nd|rd|th)? ?(?:round|meeting|dialogue))`, "g"),
    [0, 1, 2],
  ],
  [new RegExp(`\\b${MONTH_WORD},? ${YEAR}\\b`, "g"), [2, 1, 0]],
  [new RegExp(`\\b(?:in|during|of) ${MONTH_WORD}(?![a-z])`, "g"), [0, 1, 0]],
  [new RegExp(`\\b${YEAR}\\b(?! ?(?:olympic|paralympic|games))`, "g"), [1, 0, 0]],
];

const ERA_START: Record<string, number> = { 平成: 1988, 令和: 2018 };

const JAPANESE: [RegExp, (m: RegExpMatchArray) => AskedDay][] = [
  [
    /(平成|令和)(元|\d{1,2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g,
    (m) => ({
      year: (ERA_START[m[1] ?? ""] ?? 0) + (m[2] === "元" ? 1 : Number(m[2])),
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
  for (const [pattern, read] of JAPANESE) {
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
  for (const [pattern, [y, m, d]] of ENGLISH) {
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
