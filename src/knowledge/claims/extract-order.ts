/**
 * "Did the 3rd round happen before the 2nd?", "Was round 2 held after round 3?": a round put before or after
 * another (the second named with "before", "after", "earlier than" …) is a claim about their order.
 */
import type { Mention } from "../understand/reading.ts";
import type { Reading } from "./extract.ts";
import type { Claim } from "./types.ts";

type RoundMention = Extract<Mention, { kind: "round" }>;

/** The number of a round named by number or as the first ("第1回", "the inaugural round"). */
const numberOf = (m: Mention): number | undefined =>
  m.kind !== "round" ? undefined : m.ref.kind === "number" ? m.ref.n : m.ref.kind === "first" ? 1 : undefined;

/** "earlier than the 2nd", "later than round 3": comparatives the round reading does not relate. */
const COMPARATIVE = /\b(earlier|sooner|later)\s+than\b/i;

export function orderClaims(reading: Reading): Claim[] {
  const rounds = (reading.understanding.reading?.mentions ?? []).flatMap((m) => {
    const n = numberOf(m);
    return n === undefined ? [] : [{ n, relation: (m as RoundMention).relation }];
  });
  const [first, second] = rounds;
  if (!first || !second || first.n === second.n) return [];
  const comparative = COMPARATIVE.exec(reading.text)?.[1]?.toLowerCase();
  const relation =
    second.relation ?? (comparative ? (comparative === "later" ? "after" : "before") : undefined);
  if (!relation || first.relation) return [];
  return [{ kind: "order", round: first.n, other: second.n, relation }];
}
