/**
 * One composer per intent; this dispatcher first deals with what no composer should have to: rounds that
 * are not on record and references that fit several rounds.
 */
import type { Answer, Intent } from "../answer-types.ts";
import { roundByNumber } from "../queries.ts";
import { composeAgencies } from "./agencies.ts";
import { composeCochairs } from "./cochairs.ts";
import { ambiguousAnswer, missingRoundAnswer, suggest, suggestionLabel } from "./common.ts";
import type { Ctx } from "./context.ts";
import { Draft } from "./draft.ts";
import { roundName } from "./format.ts";
import { composeGlossary } from "./glossary.ts";
import { composeMembership } from "./membership.ts";
import { composeNextRound } from "./next-round.ts";
import { composeOrigin } from "./origin.ts";
import { composeOverview } from "./overview.ts";
import { composePerson } from "./person.ts";
import { composeRounds } from "./rounds-list.ts";
import { composeTopics } from "./topics.ts";
import { composeUnknown } from "./unknown.ts";
import { composeWhenWhere } from "./when-where.ts";

const COMPOSERS: Record<Intent, (ctx: Ctx, draft: Draft) => void> = {
  cochairs: composeCochairs,
  agencies: composeAgencies,
  next_round: composeNextRound,
  when_where: composeWhenWhere,
  topics: composeTopics,
  origin: composeOrigin,
  rounds: composeRounds,
  glossary: composeGlossary,
  person: composePerson,
  membership: composeMembership,
  round_overview: composeOverview,
  unknown: composeUnknown,
};

/** Intents whose answer does not depend on a round. */
const ROUNDLESS = new Set<Intent>(["origin", "glossary", "person", "unknown"]);

/** Intents that can answer about several rounds at once ("round 2 and round 3"). */
const MULTI_ROUND = new Set<Intent>([
  "cochairs",
  "agencies",
  "when_where",
  "topics",
  "round_overview",
  "membership",
]);

/** One answer per round, in one reply. */
function composeSeveral(ctx: Ctx, draft: Draft, rounds: number[]): void {
  const { locale, query } = ctx;
  const parts = rounds.filter((n) => roundByNumber(ctx.kb, n)).slice(0, 5);
  for (const n of parts) {
    const part = new Draft(query.intent);
    const { rounds: _all, ...hints } = ctx.hints;
    COMPOSERS[query.intent]({ ...ctx, query: { ...query, round: n }, hints }, part);
    draft.say(part.paragraphs.join(locale === "ja" ? "" : " "));
    for (const section of part.sections) {
      draft.section(
        section.heading.includes(String(n))
          ? section.heading
          : `${section.heading} — ${roundName(n, locale)}`,
        section.body,
      );
    }
    draft.citeIds(part.sourceIds);
  }
  const names = parts.map((n) => roundName(n, locale).replace(/^the /, ""));
  draft.title = `${suggestionLabel(query.intent, undefined, locale)} — ${names.join(locale === "ja" ? "・" : ", ")}`;
  draft.round = parts[0] ?? null;
}

export function compose(ctx: Ctx, question: string, confidence: "high" | "low"): Answer {
  const { kb, locale, query, hints } = ctx;
  const draft = new Draft(query.intent);
  draft.confidence = confidence;
  const usesRound = !ROUNDLESS.has(query.intent);
  if (
    usesRound &&
    query.round !== undefined &&
    !roundByNumber(kb, query.round) &&
    hints.announcedRound === undefined
  ) {
    missingRoundAnswer(ctx, draft, { kind: "number", n: query.round });
  } else if (usesRound && hints.missing && query.round === undefined) {
    missingRoundAnswer(ctx, draft, hints.missing);
  } else if (usesRound && hints.ambiguous && query.round === undefined) {
    ambiguousAnswer(ctx, draft, hints.ambiguous.candidates, hints.ambiguous.via);
  } else if (hints.rounds && hints.rounds.length > 1 && MULTI_ROUND.has(query.intent)) {
    composeSeveral(ctx, draft, hints.rounds);
  } else {
    COMPOSERS[query.intent](ctx, draft);
    if (hints.weakRound && draft.round !== null) {
      draft.confidence = "low";
      for (const n of [draft.round - 1, draft.round + 1]) {
        if (roundByNumber(kb, n)) suggest(draft, locale, { ...query, round: n });
      }
    }
  }
  return draft.finish(kb, question, locale);
}
