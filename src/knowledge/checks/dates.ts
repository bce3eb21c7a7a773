import type { DateValue } from "../types.ts";

/** The first and last day a date can mean, as UTC day numbers (a month means all its days). */
export function dayRange(date: DateValue): { first: number; last: number } {
  const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  if (date.precision === "day" && date.month && date.day) {
    const d = day(date.year, date.month, date.day);
    return { first: d, last: d };
  }
  if (date.precision === "month" && date.month) {
    return { first: day(date.year, date.month, 1), last: day(date.year, date.month + 1, 1) - 1 };
  }
  return { first: day(date.year, 1, 1), last: day(date.year + 1, 1, 1) - 1 };
}

/** True when `a` certainly falls after `b`: a's first possible day is later than b's last. */
export const certainlyAfter = (a: DateValue, b: DateValue) => dayRange(a).first > dayRange(b).last;

/** Today as a day-precision date (UTC). */
export function dateOf(today: Date): DateValue {
  return {
    year: today.getUTCFullYear(),
    month: today.getUTCMonth() + 1,
    day: today.getUTCDate(),
    precision: "day",
    approximate: false,
  };
}

export function showDate(date: DateValue): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (date.precision === "day") return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
  if (date.precision === "month") return `${date.year}-${pad(date.month ?? 1)}`;
  return String(date.year);
}
