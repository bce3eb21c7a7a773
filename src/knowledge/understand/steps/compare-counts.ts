/**
 * "Did round 2 or round 3 have more agencies?", "Round 2 had more Japanese agencies than round 3",
 * 「第2回は第3回より参加機関が多かった？」: two rounds named and compared by their participants' count. Read
 * once both rounds are resolved: the first named is the query's round, the other `otherRound`.
 */
import { askedComparative } from "./phrases.ts";
import type { Scan } from "./scan.ts";

const COUNTABLE = new Set(["agencies", "membership", "round_overview", "when_where", "unknown"]);

export function compareCounts(scan: Scan): void {
  const { hints, query } = scan;
  if (hints.extreme || query.round === undefined || hints.otherRound === undefined) return;
  if (query.round === hints.otherRound || !COUNTABLE.has(query.intent)) return;
  const relation = askedComparative(`${scan.text} ${scan.input.toLowerCase()}`, scan.japanese);
  if (!relation) return;
  scan.intent = "agencies";
  query.intent = "agencies";
  hints.comparedCount = relation;
  // one comparison of the two, not an answer per round
  delete hints.rounds;
}
