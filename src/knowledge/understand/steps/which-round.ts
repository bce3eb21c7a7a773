/**
 * Step 5c, which round: the round references resolved against the record (resolve-round.ts), a round
 * named by its recorded outcome ("the dialogue that issued a joint statement"), and spans of years or
 * round numbers ("between 2015 and 2017", "rounds 1 to 3").
 */

import { weekday } from "../../answer/format.ts";
import { roundless } from "../../intents/tables.ts";
import { isKnown, samePlace } from "../../queries.ts";
import { resolveRound } from "../resolve-round.ts";
import { roundSpan, yearSpan } from "./phrases.ts";
import type { Scan, Tools } from "./scan.ts";

/** "the dialogue that issued a joint statement": the round whose recorded outcome the question names. */
function roundByOutcome(scan: Scan, tools: Tools): number | undefined {
  let found: number | undefined;
  for (const outcome of tools.outcomes) {
    if (
      (outcome.en && scan.text.includes(outcome.en)) ||
      (outcome.ja && scan.japanese.includes(outcome.ja))
    ) {
      if (found !== undefined) return undefined;
      found = outcome.round;
    }
  }
  return found;
}

/** Every round of a span of years or of round numbers; the first becomes the query's round. */
function spanOfRounds(scan: Scan, tools: Tools): void {
  const { query, hints } = scan;
  const joined = scan.words.join(" ");
  const years = yearSpan(joined, scan.japanese);
  const latest = tools.kb.rounds.at(-1)?.number ?? 0;
  const numbers = roundSpan(joined, scan.input, scan.japanese, latest);
  if (!years && !numbers) return;
  if (scan.intent === "rounds") {
    // "how many rounds were held between 2015 and 2017?": the rounds held in those years
    if (!numbers && years) {
      hints.heldAfter = { year: years[0], inclusive: true };
      hints.heldBefore = { year: years[1], inclusive: true };
      delete hints.year;
      return;
    }
    // "the dates of rounds 1 through 3": those rounds, what is asked of each
    if (!numbers) return;
    scan.intent = scan.scores.byIntent.when_where > 0 ? "when_where" : "round_overview";
    query.intent = scan.intent;
  }
  const inSpan = tools.kb.rounds.filter((r) =>
    numbers
      ? r.number >= numbers[0] && r.number <= numbers[1]
      : years !== undefined &&
        isKnown(r.date) &&
        r.date.value.year >= years[0] &&
        r.date.value.year <= years[1],
  );
  const first = inSpan[0];
  if (!first) return;
  query.round = first.number;
  delete hints.missing;
  delete hints.ambiguous;
  delete hints.conflict;
  delete hints.otherRound;
  if (inSpan.length > 1) hints.rounds = inSpan.map((r) => r.number);
  else delete hints.rounds;
}

/**
 * "Who co-chaired the session that took place on a Tuesday in Tokyo?": the one round (of the city named, if
 * one is) whose recorded day falls on that weekday, when nothing else names the round.
 */
function roundOnWeekday(scan: Scan, tools: Tools): void {
  const { query, hints } = scan;
  const day = hints.weekday;
  if (!day || hints.yesno || (query.round !== undefined && !hints.ambiguous) || scan.intent === "rounds")
    return;
  const cities = scan.cityHits.filter((c) => c.known).map((c) => c.en);
  const on = tools.kb.rounds.filter(
    (r) =>
      isKnown(r.date) &&
      weekday(r.date.value, "en")?.toLowerCase() === day &&
      (cities.length === 0 || cities.some((c) => isKnown(r.place) && samePlace(r.place.value, c))),
  );
  const [only] = on;
  if (!only || on.length > 1) return;
  query.round = only.number;
  delete hints.ambiguous;
  delete hints.missing;
}

export function whichRound(scan: Scan, tools: Tools): void {
  const { query, hints } = scan;
  scan.confidence = scan.scores.total >= 2 || scan.mentions.length > 0 ? "high" : "low";
  // (who commented on a round is asked of that round)
  if (roundless(scan.intent) && !hints.commentsAsked) return;
  const resolved = resolveRound(
    tools.kb,
    scan.roundMentions,
    scan.intent,
    query,
    hints,
    scan.cityHits,
    scan.words,
  );
  if (resolved.low) scan.confidence = "low";
  if (
    query.round === undefined &&
    !hints.missing &&
    !hints.ambiguous &&
    scan.roundMentions.length === 0 &&
    scan.intent !== "topics" &&
    scan.intent !== "outcomes"
  ) {
    const byOutcome = roundByOutcome(scan, tools);
    if (byOutcome !== undefined) query.round = byOutcome;
  }
  roundOnWeekday(scan, tools);
  spanOfRounds(scan, tools);
  if (scan.intent === "rounds" && query.round !== undefined && !hints.yesno && hints.year === undefined) {
    // "the 2nd round" in a list question: answer about that round
    scan.intent = "round_overview";
    query.intent = scan.intent;
  }
}
