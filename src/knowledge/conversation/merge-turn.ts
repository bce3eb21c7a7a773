/**
 * A follow-up merged with the previous turn: what it leaves out (what is asked, the round, the side, the
 * organisation, person, term or place) is taken from that turn; what it says itself wins.
 */
import type { Intent, Query, TurnContext } from "../answer-types.ts";
import type { Understanding } from "../understand/hints.ts";
import { asksHeadCount } from "../understand/steps/asked.ts";
import type { Turn } from "./follow-up.ts";
import type { Fragment } from "./fragment.ts";
import { MULTI_ROUND, placeNamed, ROUND_INTENTS } from "./round-carry.ts";

/** Intents for which a side means something. */
export const SIDED = new Set<Intent>(["cochairs", "agencies", "round_overview"]);

/** A word of the fragment written as a name that the reading found no one or nothing on record for. */
function nameNotOnRecord(alone: Understanding, fragment: Fragment): string | undefined {
  const typed = (alone.reading?.mentions ?? []).flatMap((m) =>
    "typed" in m ? [m.typed.toLowerCase()] : m.kind === "place" ? [m.en.toLowerCase()] : [],
  );
  return fragment.names.find((n) => !typed.some((t) => t.includes(n.toLowerCase())));
}

/**
 * "What's NISC?" → "was it at round 1?": the organisation asked about, at the round named; "and MOFA?" after a
 * round: was it at that round. True (the query made a membership question) when either is asked.
 */
function asksAttendance(
  alone: Understanding,
  weak: boolean,
  prev: Query,
  query: Query,
  hints: Understanding["hints"],
): boolean {
  const own = alone.query;
  if (prev.organisation && !own.organisation && !own.person && own.round !== undefined && alone.hints.yesno) {
    Object.assign(query, { intent: "membership", organisation: prev.organisation, relation: "attended" });
    return true;
  }
  if (weak && own.organisation && !own.person && prev.intent !== "membership") {
    Object.assign(query, { intent: "membership", relation: "attended" });
    hints.yesno = true;
    return true;
  }
  return false;
}

export function merge(
  alone: Understanding,
  fragment: Fragment,
  context: TurnContext,
  weak: boolean,
  ownRound: boolean,
  carries: boolean,
): Turn {
  const prev = context.query;
  const own = alone.query;
  const unknownName = alone.hints.unknownName ?? nameNotOnRecord(alone, fragment);
  if (unknownName !== undefined) alone.hints.unknownName = unknownName;
  let intent: Intent = weak ? prev.intent : own.intent;
  const hints = { ...alone.hints };
  delete hints.reason;
  // "and how many people?" after a round's agencies: a head count, which no source gives
  if (intent === "agencies" && asksHeadCount(fragment.words.join(" "))) hints.peopleCount = true;
  const query: Query = { intent };
  if (asksAttendance(alone, weak, prev, query, hints)) intent = "membership";
  // "and round 3?" after a yes/no question asks yes/no too; "who were the leaders?" does not
  const wh = /\b(?:who|whom|whose|what|when|where|which|why|how)\b|誰|どこ|いつ|何|どの|なぜ/.test(
    fragment.words.join(" "),
  );
  if (weak && context.yesno && !wh) hints.yesno = true;
  const same = intent === prev.intent;
  // "how many were in Tokyo?" after the list of rounds: of that place
  const place =
    own.place ?? (prev.place !== undefined || intent === "rounds" ? placeNamed(alone) : undefined);
  // "was the Australian co-chair from DFAT?": the question names its own subject, not "he" of before
  const ownSubject =
    (own.side ?? fragment.side) !== undefined && /co-?chair|chair|議長/i.test(fragment.words.join(" "));
  for (const key of ["organisation", "person", "term", "relation", "place"] as const) {
    // "which round was it discussed at?" after what CBMs are: the term asked about before, in the topics
    const termToTopics = key === "term" && intent === "topics" && prev.intent === "glossary";
    // "and the AFP?": a name not on record is the fragment's own subject — what was asked of before is not
    const unknownSubject =
      (key === "organisation" || key === "person" || key === "term") && unknownName !== undefined;
    const carried =
      (same || termToTopics) && !(key === "person" && ownSubject) && !unknownSubject ? prev[key] : undefined;
    const value = (key === "place" ? place : own[key]) ?? carried;
    if (value !== undefined) Object.assign(query, { [key]: value });
  }
  const subject = (["organisation", "person", "term"] as const).some(
    (key) => own[key] === undefined && query[key] !== undefined,
  );
  const ownSide = own.side ?? fragment.side;
  const carrySide = same || (SIDED.has(intent) && SIDED.has(prev.intent));
  // a side means something only to a question about the sides (co-chairs, agencies)
  // "how many altogether?", 「合わせていくつ？」: both sides, not the side asked last
  const said = fragment.words.join(" ");
  const together =
    /\b(?:both sides|both countries|both delegations)\b|両国|両側/.test(said) ||
    // "r3 both" after one side's co-chair: both sides, of that round
    (/\bboth\b|両方/.test(said) && fragment.words.length <= 4) ||
    (fragment.countsBack &&
      /\b(?:altogether|together|in total|combined|all told)\b|合わせて|合計|両方|全部で/.test(said));
  const side = SIDED.has(intent) && !together ? (ownSide ?? (carrySide ? prev.side : undefined)) : undefined;
  if (side) query.side = side;
  let round = false;
  if (ownRound) {
    if (own.round !== undefined) query.round = own.round;
  } else if ((weak ? ROUND_INTENTS.has(intent) : carries) && prev.round !== undefined) {
    query.round = prev.round;
    round = true;
    if (context.rounds && context.rounds.length > 1 && MULTI_ROUND.has(intent))
      hints.rounds = [...context.rounds];
  }
  if (intent === "unknown") return { understanding: alone };
  // "and at round 2?" after "was cybercrime discussed at round 1?": the same topic words, of that round
  if (intent === "topics" && weak && !hints.topicWords?.length && context.topicWords)
    hints.topicWords = [...context.topicWords];
  return {
    understanding: { locale: alone.locale, query, hints, confidence: "high" },
    inherited: { intent: weak, round, side: ownSide === undefined && side !== undefined, subject },
  };
}
