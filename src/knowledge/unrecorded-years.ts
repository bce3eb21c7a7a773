/**
 * Could a round missing from the record have met in a year (or a month of it)? Rounds are numbered in the order
 * they met, so between two consecutive rounds with recorded dates there was none; a round whose date is not
 * recorded may have met any time between its neighbours' dates, and rounds after the latest on record are not
 * recorded at all. "No round in 2019" is then "not recorded", never "no"; "a round in August 2017", between the
 * 2nd (August 2016) and the 3rd (December 2017), is "no".
 */
import type { KnowledgeBase } from "./load.ts";
import { isKnown } from "./queries.ts";
import type { DateValue } from "./types.ts";

/** A span of months (year × 12 + month − 1), from its first month to its last. */
type Months = [number, number];

const monthsOf = (year: number, month?: number): Months =>
  month !== undefined ? [year * 12 + month - 1, year * 12 + month - 1] : [year * 12, year * 12 + 11];

const spanOf = (date: DateValue): Months =>
  monthsOf(date.year, date.precision === "year" ? undefined : date.month);

export function yearMayHoldUnrecordedRound(kb: KnowledgeBase, year: number, month?: number): boolean {
  const [lo, hi] = monthsOf(year, month);
  const rounds = [...kb.rounds].sort((a, b) => a.number - b.number);
  const dated = rounds.map((r) => (isKnown(r.date) ? spanOf(r.date.value) : undefined));
  const last = [...dated].reverse().find((d) => d !== undefined);
  // after the latest round on record: later rounds are simply not on record
  if (last !== undefined && hi >= last[0]) return true;
  for (let i = 0; i < rounds.length; i++) {
    if (dated[i] !== undefined) continue;
    const before = dated
      .slice(0, i)
      .reverse()
      .find((d) => d !== undefined);
    const after = dated.slice(i + 1).find((d) => d !== undefined);
    if ((before === undefined || hi >= before[0]) && (after === undefined || lo <= after[1])) return true;
  }
  return false;
}
