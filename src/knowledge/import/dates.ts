/** Dates as press releases write them, in English and Japanese (with the Japanese eras). */
import { MONTH_NAMES } from "../answer/format.ts";
import type { DateValue } from "../types.ts";

export const MONTHS = MONTH_NAMES;
const MONTH = MONTHS.join("|");
const ERAS: Record<string, number> = { 平成: 1988, 令和: 2018 };

const day = (year: number, month: number, d: number): DateValue => ({
  year,
  month,
  day: d,
  precision: "day",
  approximate: false,
});
const monthIndex = (name: string) => MONTHS.indexOf(name) + 1;
const toHalfWidth = (s: string) => s.normalize("NFKC");

/** A line that is only a date: "August 8, 2016", "12 December 2017", "平成27年2月13日", "2017年12月12日". */
export function parseDateLine(line: string): DateValue | undefined {
  const text = toHalfWidth(line).trim();
  let m = new RegExp(`^(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})$`).exec(text);
  if (m) return day(Number(m[3]), monthIndex(m[1] ?? ""), Number(m[2]));
  m = new RegExp(`^(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})$`).exec(text);
  if (m) return day(Number(m[3]), monthIndex(m[2] ?? ""), Number(m[1]));
  m = /^(平成|令和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m) return day((ERAS[m[1] ?? ""] ?? 0) + (m[2] === "元" ? 1 : Number(m[2])), Number(m[3]), Number(m[4]));
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

/** A meeting date inside a sentence; `year` is undefined when the sentence gives none. */
export interface SentenceDate {
  year?: number;
  month: number;
  day: number;
}

/** "on Tuesday, 2 August, 2016", "on 11 December, 2017", "on Friday 13 February", "2月13日(金曜日)". */
export function findDate(sentence: string): SentenceDate | undefined {
  const text = toHalfWidth(sentence);
  let m = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?`).exec(text);
  if (m) return { month: monthIndex(m[2] ?? ""), day: Number(m[1]), ...(m[3] ? { year: Number(m[3]) } : {}) };
  m = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\b`).exec(text);
  if (m) return { month: monthIndex(m[1] ?? ""), day: Number(m[2]), ...(m[3] ? { year: Number(m[3]) } : {}) };
  m = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(text);
  if (m) return { month: Number(m[2]), day: Number(m[3]), ...(m[1] ? { year: Number(m[1]) } : {}) };
  return undefined;
}
