import type { Round } from "../types.ts";
import { WEEKDAYS_EN, WEEKDAYS_JA } from "../weekdays.ts";
import type { Fail, Located } from "./located.ts";

/** The weekdays a quote names (0 = Sunday), in English ("Friday") or Japanese ("(金曜日)", "（金）"). */
export function weekdaysIn(quote: string): number[] {
  const found = new Set<number>();
  for (const m of quote.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)) {
    found.add(WEEKDAYS_EN.findIndex((d) => d.startsWith(m[1] ?? "")));
  }
  for (const m of quote.matchAll(/[(（]([日月火水木金土])(?:曜日?)?[)）]/g))
    found.add((WEEKDAYS_JA as readonly string[]).indexOf(m[1] ?? ""));
  return [...found].filter((d) => d >= 0);
}

/** A weekday in a date's quote must be that date's weekday (checked where the date is exact to the day). */
export function checkWeekdays(rounds: Located<Round>[], fail: Fail): void {
  for (const { item: round, file } of rounds) {
    const fact = round.date;
    if (fact.status !== "known" || fact.value.precision !== "day") continue;
    const { year, month = 1, day = 1 } = fact.value;
    const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    fact.evidence.forEach((evidence, i) => {
      const named = weekdaysIn(evidence.quote);
      if (named.length !== 1 || named[0] === actual) return;
      fail(
        file,
        ["date", "evidence", i, "quote"],
        `the quote says ${WEEKDAYS_EN[named[0] ?? 0]}, but ${year}-${month}-${day} (the recorded date) is a ${WEEKDAYS_EN[actual]}`,
      );
    });
  }
}
