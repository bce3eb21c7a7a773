/**
 * A day named relative to a round's meeting: "the next day", "the day after the meeting", "the same day", "two
 * days later", 「翌日」「当日」「6日後」. The phrase is replaced by the date it names, counted from the meeting date
 * of the round the question names (else of the previous turn's round), so the question reads by itself: "Was the
 * press release the next day?" after round 3 → "Was the press release on 12 December 2017?". Only a meeting date
 * recorded to the day can be counted from; otherwise the question is left as asked.
 */
import { exact, utc } from "../answer/duration.ts";
import { onDate } from "../answer/format.ts";
import type { Locale } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, roundByNumber } from "../queries.ts";
import { numberOf } from "../understand/rounds.ts";

const MEETING = "(?: (?:the|that|this|its) (?:meeting|round|dialogue|session|talks))?";

/** Each phrase and the days it counts from the meeting (a function of its captured number, if any). */
const PHRASES: [RegExp, (count: number) => number][] = [
  [
    new RegExp(
      `\\b(?:on )?the (?:next|following) day\\b|\\b(?:on )?the day after${MEETING}\\b|\\ba day later\\b`,
      "i",
    ),
    () => 1,
  ],
  [
    new RegExp(`\\b(?:on )?the (?:day before|previous day)${MEETING}\\b|\\ba day (?:earlier|before)\\b`, "i"),
    () => -1,
  ],
  [
    new RegExp(
      `\\b(?:on )?the same day(?! of (?:the )?week)(?: as${MEETING})?\\b|\\bon the day of (?:the|that|its) (?:meeting|round|dialogue|session|talks)\\b`,
      "i",
    ),
    () => 0,
  ],
  [
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? (?:later|after(?: the (?:meeting|round))?)\b/i,
    (n) => n,
  ],
  [
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days? (?:earlier|before(?: the (?:meeting|round))?)\b/i,
    (n) => -n,
  ],
  [/翌日/, () => 1],
  [/前日/, () => -1],
  [/同日|当日|同じ日/, () => 0],
  [/([0-9]{1,2}|[一二三四五六七八九十]{1,3})日後/, (n) => n],
  [/([0-9]{1,2}|[一二三四五六七八九十]{1,3})日前/, (n) => -n],
];

/** The phrase names the meeting it counts from ("the day after the meeting", 開催の翌日). */
const EXPLICIT = /\b(?:meeting|round|dialogue|session|talks)\b/i;
/** The meeting is itself what the question dates ("was the meeting…", "held", 開催). */
const MEETING_DATED =
  /\b(?:meeting|dialogue|talks|session)\b|\b(?:held|met|meet|take place|took place|convened)\b|開催|会合|協議は/i;

const count = (w: string | undefined) => numberOf(w) ?? 0;

/** The phrase naming a day relative to a meeting, and how many days from it. */
export function relativeDay(question: string): { phrase: string; days: number } | undefined {
  for (const [pattern, days] of PHRASES) {
    const m = pattern.exec(question);
    if (m) return { phrase: m[0], days: days(count(m[1])) };
  }
  return undefined;
}

/**
 * The question with its relative day replaced by the date, counted from the meeting of the round it names
 * (read without the phrase), else of the previous turn's round (`previous`).
 */
export function withDateNamed(
  kb: KnowledgeBase,
  question: string,
  roundOf: (text: string) => number | undefined,
  previous: number | undefined,
  locale: Locale,
): string | undefined {
  const relative = relativeDay(question);
  if (!relative) return undefined;
  // "was the meeting on the same day?": the meeting is what is dated, relative to something else (a release)
  const rest = question.replace(relative.phrase, " ");
  if (!EXPLICIT.test(relative.phrase) && MEETING_DATED.test(rest)) return undefined;
  const n = roundOf(question.replace(relative.phrase, " ")) ?? previous;
  const date = roundByNumber(kb, n)?.date;
  if (!date || !isKnown(date)) return undefined;
  if (!exact(date.value)) return undefined;
  const moved = new Date(utc(date.value) + relative.days * 86_400_000);
  const named = onDate(
    {
      year: moved.getUTCFullYear(),
      month: moved.getUTCMonth() + 1,
      day: moved.getUTCDate(),
      precision: "day",
      approximate: false,
    },
    locale,
  );
  return question.replace(relative.phrase, named);
}
