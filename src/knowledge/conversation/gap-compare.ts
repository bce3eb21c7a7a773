/**
 * Two gaps between rounds compared: "Was the gap between rounds 2 and 3 shorter than the gap between rounds 1
 * and 2?", 「第2回と第3回の間は、第1回と第2回の間より短かった？」. Each gap in days (both rounds dated to the day),
 * then Yes or No; a gap whose dates are not recorded to the day cannot be compared: not recorded.
 */

import { Draft } from "../answer/draft.ts";
import { composeDuration, exact, type Moment, utc } from "../answer/duration.ts";
import { NO, NOT_RECORDED, pick, YES } from "../answer/format.ts";
import type { Answer, Locale } from "../answer-types.ts";
import { isKnown, roundByNumber } from "../queries.ts";
import type { DateValue } from "../types.ts";
import type { Engine } from "./converse.ts";

const PAIR_EN =
  /\b(?:between|from) (?:the )?(?:rounds? |r)?(\d{1,2})(?:st|nd|rd|th)?(?: round)? (?:and|to|&) (?:the )?(?:round |r)?(\d{1,2})(?:st|nd|rd|th)?\b/gi;
const PAIR_JA = /第(\d{1,2})回(?:と|から)第(\d{1,2})回/g;
const SHORTER = /\b(?:shorter|less|smaller|quicker|briefer)\b|短/i;
const LONGER = /\b(?:longer|more|bigger|greater|larger)\b|長/i;

/** The two pairs of rounds the question names, if it names two. */
function pairsOf(question: string): [number, number][] {
  const pairs = [...question.matchAll(PAIR_EN), ...question.matchAll(PAIR_JA)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );
  return pairs.length === 2 ? pairs : [];
}

function moment(engine: Engine, n: number): Moment | undefined {
  const round = roundByNumber(engine.kb, n);
  if (!round || !isKnown(round.date)) return undefined;
  const label = { en: `the ${n}${["st", "nd", "rd"][n - 1] ?? "th"} round`, ja: `第${n}回` };
  return { label, date: round.date.value, evidence: round.date.evidence };
}

/** A gap's length in days, as a range: exact when both dates are known to the day, else by their months. */
function gapDays(a: DateValue, b: DateValue): [number, number] {
  if (exact(a) && exact(b)) {
    const d = Math.abs(utc(b) - utc(a)) / 86_400_000;
    return [d, d];
  }
  const months = Math.abs(b.year * 12 + (b.month ?? 6) - (a.year * 12 + (a.month ?? 6)));
  const slack = a.month === undefined || b.month === undefined ? 12 : 1;
  return [Math.max(0, months - slack) * 28, (months + slack) * 31];
}

export function answerGapComparison(engine: Engine, question: string, locale: Locale): Answer | undefined {
  const shorter = SHORTER.test(question);
  if (!shorter && !LONGER.test(question)) return undefined;
  const pairs = pairsOf(question);
  if (pairs.length !== 2) return undefined;
  const spans = pairs.map(([a, b]) => [moment(engine, a), moment(engine, b)] as const);
  const [one, other] = spans.map(([a, b]) => (a && b ? gapDays(a.date, b.date) : undefined));
  const draft = new Draft("rounds");
  const label = (i: number) => {
    const [a, b] = pairs[i] ?? [0, 0];
    return pick(locale, `from round ${a} to round ${b}`, `第${a}回から第${b}回まで`);
  };
  // Yes/No only when the ranges do not overlap at the precision recorded
  const decided =
    one && other ? (one[1] < other[0] ? "shorter" : one[0] > other[1] ? "longer" : undefined) : undefined;
  draft.say(
    decided === undefined
      ? `${NOT_RECORDED(locale)}${pick(
          locale,
          `the gaps ${label(0)} and ${label(1)} cannot be told apart at the precision their dates are recorded.`,
          `${label(0)}と${label(1)}の間隔は、記録された日付の精度では比べられません。`,
        )}`
      : `${(decided === "shorter") === shorter ? YES(locale) : NO(locale)}${pick(
          locale,
          `the gap ${label(0)} was ${decided} than ${label(1)}.`,
          `${label(0)}の間隔は${label(1)}より${decided === "shorter" ? "短い" : "長い"}です。`,
        )}`,
  );
  for (const [a, b] of spans) if (a && b) composeDuration(draft, locale, [a, b], "days");
  return draft.finish(engine.kb, question, locale);
}
