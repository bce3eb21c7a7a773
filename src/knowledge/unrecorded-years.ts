/**
 * Could a round missing from the record have met in a year? Rounds are numbered in the order they met, so
 * between two consecutive rounds with recorded dates there was none; a round whose date is not recorded may
 * have met any time between its neighbours' dates, and rounds after the latest on record are not recorded
 * at all. "No round in 2019" is then "not recorded", never "no".
 */
import type { KnowledgeBase } from "./load.ts";
import { isKnown } from "./queries.ts";

export function yearMayHoldUnrecordedRound(kb: KnowledgeBase, year: number): boolean {
  const rounds = [...kb.rounds].sort((a, b) => a.number - b.number);
  const yearOf = (i: number) => {
    const r = rounds[i];
    return r && isKnown(r.date) ? r.date.value.year : undefined;
  };
  const dated = rounds.map((_, i) => yearOf(i));
  const last = [...dated].reverse().find((y) => y !== undefined);
  // after the latest round on record: later rounds are simply not on record
  if (last !== undefined && year >= last) return true;
  for (let i = 0; i < rounds.length; i++) {
    if (dated[i] !== undefined) continue;
    const before = dated
      .slice(0, i)
      .reverse()
      .find((y) => y !== undefined);
    const after = dated.slice(i + 1).find((y) => y !== undefined);
    if ((before === undefined || year >= before) && (after === undefined || year <= after)) return true;
  }
  return false;
}
