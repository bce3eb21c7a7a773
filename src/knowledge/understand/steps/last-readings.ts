/**
 * Step 5d, readings that need the round: a recorded title at a round ("Who was Australia's Ambassador for
 * Cyber Affairs at round 3?") names the co-chair who held it; "Has there been a round since 2017?" asks for
 * the rounds held since, not the round after it.
 */
import type { Query } from "../../answer-types.ts";
import { roundsCochairedBy } from "../../queries.ts";
import { heldAfterYear, heldBeforeYear } from "./phrases.ts";
import type { Scan, Tools } from "./scan.ts";

/** The co-chair who held a recorded title at the round asked about (through the co-chair table). */
export function titleAtRound(scan: Scan, tools: Tools): void {
  const { query, hints, intent, japanese } = scan;
  const person = scan.mentions.some((m) => m.ref.kind === "person");
  const asked =
    (intent === "cochairs" ||
      intent === "person" ||
      intent === "round_overview" ||
      (intent === "membership" && !person)) &&
    !person &&
    query.round !== undefined &&
    (!hints.yesno || /誰|だれ|どなた/.test(japanese)) &&
    !hints.rounds &&
    (/\bwho\b|\bwhos\b|\bwhich\b/.test(scan.text) || /誰|だれ|どの人|どなた/.test(japanese));
  // "Was the Ambassador for Cyber Affairs at round 3 from MOFA?": a claim about the title's holder
  const ofHolder =
    intent === "membership" &&
    hints.yesno &&
    !person &&
    query.organisation !== undefined &&
    query.round !== undefined;
  if ((!asked && !ofHolder) || query.round === undefined) return;
  const round = query.round;
  const holders = tools.names.roleHolders(scan.words, japanese, scan.side);
  const atRound = holders?.people.filter((id) =>
    roundsCochairedBy(tools.kb, id).some((c) => c.round.number === round),
  );
  const holder = atRound?.length === 1 ? atRound[0] : undefined;
  if (!holder) return;
  if (ofHolder) {
    query.person = holder;
    hints.namedPeople = [holder];
    return;
  }
  scan.intent = "person";
  query.intent = "person";
  query.person = holder;
  delete query.relation;
  delete query.organisation;
  hints.yesno = false;
}

const ROUND_HINTS = [
  "year",
  "missing",
  "ambiguous",
  "conflict",
  "otherRound",
  "rounds",
  "date",
  "weakRound",
  "relative",
] as const;

/**
 * "Has there been a round since 2017?", "2017年以降に開催された回はある？": the rounds held since a year;
 * "How many rounds took place before 2017?": those held before it.
 */
/** "Has there been a round since round 3?", "any meetings after the 2nd?": a round as the bound. */
function heldAfterRound(scan: Scan): number | undefined {
  const text = scan.words.join(" ");
  if (!/\b(?:has|have|had|was|were|is|are) there\b|\bany\b|\banything\b/.test(text)) return undefined;
  const bound = scan.roundMentions.find(
    (m) => m.relation === "after" && m.mention.kind === "number" && m.mention.strength === "strong",
  );
  return bound?.mention.kind === "number" ? bound.mention.n : undefined;
}

export function heldSince(scan: Scan): void {
  const afterRound = scan.mentions.length === 0 ? heldAfterRound(scan) : undefined;
  if (
    afterRound !== undefined &&
    ["rounds", "when_where", "round_overview", "next_round"].includes(scan.intent)
  ) {
    scan.intent = "rounds";
    scan.query = { intent: "rounds" };
    for (const key of ROUND_HINTS) delete scan.hints[key];
    scan.hints.heldAfterRound = afterRound;
    return;
  }
  const after = heldAfterYear(scan.words.join(" "), scan.japanese);
  const before = after ? undefined : heldBeforeYear(scan.words.join(" "), scan.japanese);
  const someone = scan.mentions.some((m) => m.ref.kind === "person" || m.ref.kind === "organisation");
  if ((!after && !before) || someone) return;
  // ("since the start of 2024": "start" is the year's, not the dialogue's beginning)
  const yearsEdge =
    /\b(?:start|beginning|end) of \d{4}\b/.test(scan.words.join(" ")) && scan.intent === "origin";
  if (
    !["rounds", "when_where", "round_overview", "next_round", "unknown"].includes(scan.intent) &&
    !yearsEdge
  )
    return;
  scan.intent = "rounds";
  for (const key of Object.keys(scan.query)) delete scan.query[key as keyof Query];
  scan.query.intent = "rounds";
  for (const key of ROUND_HINTS) delete scan.hints[key];
  if (after) scan.hints.heldAfter = after;
  if (before) scan.hints.heldBefore = before;
}

export function finish(scan: Scan): void {
  if (!scan.anchor) scan.confidence = "low";
  const { query } = scan;
  if (scan.intent === "membership" && query.relation === "held_in" && !query.place)
    query.relation = "attended";
}

/** "Did every agency of round 1 also attend round 2?": none of the first round's list missing from the second's. */
export function everyAlso(scan: Scan): void {
  const { hints, query, text } = scan;
  if (
    scan.intent === "agencies" &&
    hints.yesno &&
    query.round !== undefined &&
    hints.otherRound !== undefined &&
    /\b(?:every|all|each)\b/.test(text) &&
    /\b(?:also|too|again|as well|still)\b/.test(text)
  ) {
    hints.rounds = [query.round, hints.otherRound];
    hints.difference = true;
  }
}
