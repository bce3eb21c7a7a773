/** Wording shared by the claim checks: both languages at once, since a check is said in either. */
import { monthName } from "../answer/format.ts";
import type { Evidence } from "../types.ts";
import { WEEKDAYS_EN, WEEKDAYS_JA } from "../weekdays.ts";
import type { AskedDay, Check, Claim, Verdict } from "./types.ts";

/** "8 August 2016", "8 August", "August 2016", "2016" / "2016年8月8日". */
export function askedDate(date: AskedDay): { en: string; ja: string } {
  const month = date.month !== undefined ? monthName(date.month) : undefined;
  const en = [date.day, month, date.year].filter((p) => p !== undefined).join(" ");
  const ja =
    (date.year !== undefined ? `${date.year}年` : "") +
    (date.month !== undefined ? `${date.month}月` : "") +
    (date.day !== undefined ? `${date.day}日` : "");
  return { en, ja };
}

export const WEEKDAY_EN: readonly string[] = WEEKDAYS_EN;
export const WEEKDAY_JA = WEEKDAYS_JA.map((d) => `${d}曜日`);

/** "the 2nd round" / "第2回" */
export function roundEn(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `the ${n}${suffix} round`;
}
export const roundJa = (n: number) => `第${n}回`;

/** A check, built from its verdict and its two wordings. */
export function checked(
  claim: Claim,
  verdict: Verdict,
  en: string,
  ja: string,
  evidence: Evidence[] = [],
): Check {
  return { claim, verdict, en, ja, evidence };
}
