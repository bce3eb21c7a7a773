/**
 * Do the claims found say everything the question asserts? Only then may their verdict overrule a composer
 * that said less ("No", "Not recorded"): a question that also asks about topics, every round, the first
 * round with something, or "as announced" without the announced place asserts more than the claims hold.
 */
import type { Understanding } from "../understand/hints.ts";
import type { Claim } from "./types.ts";

const COVERED_INTENTS = new Set([
  "when_where",
  "membership",
  "cochairs",
  "person",
  "round_overview",
  "agencies",
]);

const BLOCKING = [
  "allRounds",
  "outside",
  "same",
  "sameUnresolved",
  "firstAttended",
  "difference",
  "extreme",
  "acrossRounds",
  "current",
  "frequency",
  "heldAfter",
  "heldBefore",
  "whoFrom",
  "asksStatement",
  "relationAsked",
  "nameLanguage",
  "otherRound",
  "roleHolders",
  "missing",
  "ambiguous",
  "dialogueName",
  "venue",
] as const;

export function claimsCover(understanding: Understanding, claims: readonly Claim[]): boolean {
  const { query, hints } = understanding;
  if (claims.length === 0) return false;
  // what a round announced: covered when every claim is about the announcement
  if (query.intent === "next_round" && !claims.every(isAnnounced)) return false;
  if (query.intent !== "next_round" && !COVERED_INTENTS.has(query.intent)) return false;
  const waived = waivedBy(claims);
  const blocking = BLOCKING.filter((key) => !waived.has(key));
  if (blocking.some((key) => hints[key] !== undefined && hints[key] !== false)) return false;
  if ((hints.topicWords?.length ?? 0) > 0 || (hints.otherOrganisations?.length ?? 0) > 0) return false;
  if (hints.unknownName !== undefined && !claims.some((c) => c.kind === "named_cochair")) return false;
  if (hints.asAnnounced && !claims.some(isAnnounced)) return false;
  return true;
}

const isAnnounced = (c: Claim) =>
  (c.kind === "place" && c.as === "announced") ||
  (c.kind === "date" && c.of === "announced") ||
  (c.kind === "next_confirmed" && (c.place !== undefined || c.date !== undefined));

/**
 * What the claims themselves take in: two rounds compared ("the same weekday as round 3") once a "same"
 * claim compares them; every round, once the claims count a person's rounds ("any other round"); the other round named once the claims are about what one round announced of another.
 */
function waivedBy(claims: readonly Claim[]): Set<string> {
  // "co-chaired any other round / a round other than the 3rd": the count of rounds takes in every round
  if (claims.every((c) => c.kind === "cochair_times"))
    return new Set(["otherRound", "outside", "acrossRounds", "allRounds"]);
  // "Japan's co-chairs at rounds 1, 2 and 3 all held the title …": each round's co-chair is a claim of its own
  const eachRound = new Set(claims.map((c) => ("round" in c ? c.round : undefined)));
  if (
    eachRound.size > 1 &&
    claims.every(
      (c) =>
        c.kind === "person_title" ||
        c.kind === "org_cochaired" ||
        c.kind === "cochair_recorded" ||
        // "rounds 2 and 3 both had 4 Australian agencies": each round's count
        c.kind === "count",
    )
  )
    return new Set(["otherRound", "allRounds"]);
  // "IPA first joined at round 3?": the first round it attended is what the claim checks
  if (claims.every((c) => c.kind === "first_attended")) return new Set(["firstAttended", "otherRound"]);
  // "was round 2 the inaugural meeting?": the other round is the first (or latest) it is said to be
  if (claims.every((c) => c.kind === "is_round")) return new Set(["otherRound"]);
  // "more agencies than round 3": the other round is the one compared with
  if (claims.every((c) => c.kind === "more")) return new Set(["otherRound"]);
  if (claims.some((c) => c.kind === "same")) return new Set(["same", "relationAsked", "otherRound"]);
  if (claims.every((c) => (c.kind === "place" || c.kind === "date") && c.by !== undefined))
    return new Set(["otherRound"]);
  return new Set();
}
