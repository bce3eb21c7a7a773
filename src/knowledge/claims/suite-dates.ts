/** Claims about dates and weekdays, for the claim suite (suite.ts). */
import { monthName } from "../answer/format.ts";
import type { Locale } from "../answer-types.ts";
import { isKnown } from "../queries.ts";
import type { DateValue, Round } from "../types.ts";
import { roundEn, WEEKDAY_EN, WEEKDAY_JA } from "./text.ts";
import type { Verdict } from "./types.ts";

export interface ClaimCase {
  q: string;
  locale: Locale;
  expect: Verdict;
  /** what is claimed, for reports: "round 2 date 8 August 2016" */
  fact: string;
}

type Say = (q: string, locale: Locale, expect: Verdict, fact: string) => void;

export const ord = (n: number) => roundEn(n).replace(/^the | round$/g, "");

interface Day {
  year: number;
  month: number;
  day: number;
}
const dayOf = (d: DateValue): Day | undefined =>
  d.precision === "day" && !d.approximate && d.month !== undefined && d.day !== undefined
    ? { year: d.year, month: d.month, day: d.day }
    : undefined;
const shift = (d: Day, by: number): Day => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + by));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};
const sameDay = (a: Day, b: Day) => a.year === b.year && a.month === b.month && a.day === b.day;
const en = (d: Day) => `${d.day} ${monthName(d.month)} ${d.year}`;
const enUs = (d: Day) => `${monthName(d.month)} ${d.day}, ${d.year}`;
const ja = (d: Day) => `${d.year}年${d.month}月${d.day}日`;

/** A held date asked as given: the meeting's day is Yes; the day before, after, the release's, a year on, No. */
export function dateClaims(round: Round, say: Say): void {
  const n = round.number;
  const ask = (d: Day, expect: Verdict, what: string) => {
    say(`Was the ${ord(n)} round held on ${en(d)}?`, "en", expect, `${what} ${en(d)}`);
    say(`The ${ord(n)} round took place on ${enUs(d)}, right?`, "en", expect, `${what} ${en(d)}`);
    say(
      `ok so r${n} was on ${d.day} ${monthName(d.month).slice(0, 3).toLowerCase()} ${d.year}?`,
      "en",
      expect,
      `${what} ${en(d)}`,
    );
    say(`第${n}回は${ja(d)}に開催されましたか？`, "ja", expect, `${what} ${en(d)}`);
    say(`第${n}回の開催日は${ja(d)}でしたっけ？`, "ja", expect, `${what} ${en(d)}`);
  };
  if (!isKnown(round.date)) {
    say(
      `Was the ${ord(n)} round held in ${2014 + n}?`,
      "en",
      "unrecorded",
      `round ${n} year (date not recorded)`,
    );
    say(
      `第${n}回は${2014 + n}年に開催されましたか？`,
      "ja",
      "unrecorded",
      `round ${n} year (date not recorded)`,
    );
    return;
  }
  const held = dayOf(round.date.value);
  if (!held) {
    const v = round.date.value;
    const some: Day = { year: v.year, month: v.month ?? 6, day: 5 };
    ask(some, "unrecorded", `round ${n} a day of an approximate date`);
    say(`Was the ${ord(n)} round held in ${v.year}?`, "en", "yes", `round ${n} year`);
    say(`第${n}回は${v.year}年の開催でしたよね？`, "ja", "yes", `round ${n} year`);
    if (v.month !== undefined) {
      say(
        `Was the ${ord(n)} round held in ${monthName(v.month)} ${v.year - 1}?`,
        "en",
        "no",
        `round ${n} a year before`,
      );
      say(
        `第${n}回は${v.year - 1}年${v.month}月に開催されましたか？`,
        "ja",
        "no",
        `round ${n} a year before`,
      );
    }
    return;
  }
  ask(held, "yes", `round ${n} held on`);
  for (const by of [-1, 1]) ask(shift(held, by), "no", `round ${n} held on (a day off)`);
  ask({ ...held, year: held.year + 1 }, "no", `round ${n} held on (a year off)`);
  const released = isKnown(round.released) ? dayOf(round.released.value) : undefined;
  if (released && !sameDay(released, held)) ask(released, "no", `round ${n} held on (the release date)`);
}

/** The weekday of a meeting day: its own is Yes, the next one No; an approximate date leaves it unrecorded. */
export function weekdayClaims(round: Round, say: Say): void {
  const n = round.number;
  if (!isKnown(round.date)) return;
  const held = dayOf(round.date.value);
  const actual = held ? new Date(Date.UTC(held.year, held.month - 1, held.day)).getUTCDay() : 1;
  const cases: [number, Verdict][] = held
    ? [
        [actual, "yes"],
        [(actual + 1) % 7, "no"],
        [(actual + 3) % 7, "no"],
      ]
    : [[actual, "unrecorded"]];
  for (const [w, expect] of cases) {
    const fact = `round ${n} weekday ${WEEKDAY_EN[w]}`;
    say(`Was the ${ord(n)} round held on a ${WEEKDAY_EN[w]}?`, "en", expect, fact);
    say(`Round ${n} was on a ${WEEKDAY_EN[w]}, correct?`, "en", expect, fact);
    say(`第${n}回は${WEEKDAY_JA[w]}に開催されましたか？`, "ja", expect, fact);
    say(`第${n}回って${WEEKDAY_JA[w]?.slice(0, 2)}だったっけ？`, "ja", expect, fact);
  }
}

export type { Say };
