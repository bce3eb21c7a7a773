/**
 * How long between two moments on record — two rounds, the agreement to hold the dialogue, a round's press
 * release, today: in the unit asked (days, weeks, months, years), exactly when both dates are known to the
 * day, else only as closely as the coarser date allows, and saying why.
 */
import type { Locale } from "../answer-types.ts";
import type { DateValue, Evidence } from "../types.ts";
import { monthsBetween } from "./cadence.ts";
import type { Draft } from "./draft.ts";
import { formatDate, pick } from "./format.ts";

export type DurationUnit = "days" | "weeks" | "months" | "years";

/** A moment on record: what it is (both languages), its date, the evidence for the date. */
export interface Moment {
  label: { en: string; ja: string };
  date: DateValue;
  evidence: Evidence[];
}

const DAY_MS = 86_400_000;
/** A date known to the day (not approximate). */
export const exact = (d: DateValue) => d.precision === "day" && !d.approximate && d.day !== undefined;
/** The date's first moment, UTC milliseconds (a missing month or day counts as the first). */
export const utc = (d: DateValue) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);

/** Whole months from a to b, and the days left over (both dates known to the day). */
function monthsAndDays(a: DateValue, b: DateValue): { months: number; days: number } {
  let months = (b.year - a.year) * 12 + ((b.month ?? 1) - (a.month ?? 1));
  if ((b.day ?? 1) < (a.day ?? 1)) months -= 1;
  const anchor = Date.UTC(a.year, (a.month ?? 1) - 1 + months, a.day ?? 1);
  return { months, days: Math.round((utc(b) - anchor) / DAY_MS) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "1 year and 10 months", "10 months and 6 days", "6 days" / 「1年10か月」. */
function calendarSpan(months: number, days: number, locale: Locale): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (locale === "ja")
    return `${y ? `${y}年` : ""}${m ? `${m}か月` : ""}${days && y === 0 ? `${days}日` : ""}` || "0日";
  const parts = [
    y ? plural(y, "year") : "",
    m ? plural(m, "month") : "",
    days && y === 0 ? plural(days, "day") : "",
  ];
  return parts.filter(Boolean).join(" and ") || "0 days";
}

/** The span between two dates known to the day, in the unit asked (or the natural one). */
function exactSpan(a: DateValue, b: DateValue, unit: DurationUnit | undefined, locale: Locale): string {
  const days = Math.round((utc(b) - utc(a)) / DAY_MS);
  const { months, days: rest } = monthsAndDays(a, b);
  const calendar = calendarSpan(months, rest, locale);
  // one day apart is said as people say it: "the next day", 翌日
  const plainDays = pick(locale, plural(days, "day"), `${days}日`);
  const dayText = days === 1 ? pick(locale, "1 day (the next day)", "1日（翌日）") : plainDays;
  switch (unit) {
    case "days":
      return calendar === plainDays
        ? dayText
        : pick(locale, `${dayText} (${calendar})`, `${dayText}（${calendar}）`);
    case "weeks": {
      const weeks = Math.floor(days / 7);
      const left = days % 7;
      return pick(
        locale,
        `${plural(weeks, "week")}${left ? ` and ${plural(left, "day")}` : ""} (${dayText})`,
        `${weeks}週間${left ? `と${left}日` : ""}（${dayText}）`,
      );
    }
    case "months":
      return pick(
        locale,
        `${plural(months, "month")}${rest ? ` and ${plural(rest, "day")}` : ""} (${dayText})`,
        `${months}か月${rest ? `と${rest}日` : ""}（${dayText}）`,
      );
    default:
      return calendar === plainDays
        ? dayText
        : pick(locale, `${calendar} (${dayText})`, `${calendar}（${dayText}）`);
  }
}

/** The span when a date is known only to the month or year (or approximately): by month, and why. */
function roughSpan(a: Moment, b: Moment, unit: DurationUnit | undefined, locale: Locale): string {
  const months = Math.abs(monthsBetween(a.date, b.date));
  const coarse = [a, b].find((m) => !exact(m.date)) ?? b;
  const why = pick(
    locale,
    ` — not exact: the date of ${coarse.label.en} is recorded only as ${formatDate(coarse.date, locale)}`,
    `（${coarse.label.ja}の日付は${formatDate(coarse.date, locale)}としか記録されていないため、正確ではありません）`,
  );
  const y = Math.floor(months / 12);
  const m = months % 12;
  const byUnit =
    unit === "years" || (unit === undefined && months >= 24)
      ? pick(
          locale,
          `about ${plural(y, "year")}${m ? ` and ${plural(m, "month")}` : ""}`,
          `約${y}年${m ? `${m}か月` : ""}`,
        )
      : pick(locale, `about ${plural(months, "month")}`, `約${months}か月`);
  return `${byUnit}${why}`;
}

/** "From the agreement (7 April 2014) to the 1st round (13 February 2015): 10 months and 6 days (312 days)." */
export function composeDuration(
  draft: Draft,
  locale: Locale,
  moments: [Moment, Moment],
  unit: DurationUnit | undefined,
): void {
  const [a, b] = [...moments].sort((x, y) => utc(x.date) - utc(y.date)) as [Moment, Moment];
  draft.cite(a.evidence).cite(b.evidence);
  const span =
    exact(a.date) && exact(b.date) ? exactSpan(a.date, b.date, unit, locale) : roughSpan(a, b, unit, locale);
  draft.title = pick(locale, `From ${a.label.en} to ${b.label.en}`, `${a.label.ja}から${b.label.ja}まで`);
  draft.say(
    pick(
      locale,
      `From ${a.label.en} (${formatDate(a.date, locale)}) to ${b.label.en} (${formatDate(b.date, locale)}): ${span}.`,
      `${a.label.ja}（${formatDate(a.date, locale)}）から${b.label.ja}（${formatDate(b.date, locale)}）まで：${span}。`,
    ),
  );
}
