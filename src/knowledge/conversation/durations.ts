/**
 * A question of how long between two moments on record, answered (duration-reading.ts reads it,
 * answer/duration.ts says the span): or "not recorded" when a moment asked about has no date on record.
 */

import { Draft } from "../answer/draft.ts";
import { composeDuration } from "../answer/duration.ts";
import { pick } from "../answer/format.ts";
import type { Answer, Intent, Locale, TurnContext } from "../answer-types.ts";
import type { Engine } from "./converse.ts";
import { asksDuration, type DurationAsked, readDuration } from "./duration-reading.ts";
import { relativeRound, withRoundNamed } from "./relative-round.ts";

/** What the span is about: the agreement (origin), a release (when_where), else the rounds. */
function intentOf(asked: DurationAsked): Intent {
  const labels = [...asked.moments.map((m) => m.label.en), ...asked.unrecorded.map((l) => l.en)];
  if (labels.some((l) => l.startsWith("the agreement"))) return "origin";
  if (labels.some((l) => l.startsWith("the release"))) return "when_where";
  return "rounds";
}

export function answerDuration(
  engine: Engine,
  typed: string,
  locale: Locale,
  previous: TurnContext | undefined,
): Answer | undefined {
  const { kb } = engine;
  if (!asksDuration(typed)) return undefined;
  // "gap to the next one?", "and to the one before?": the round named relative to the previous turn's
  const relative = relativeRound(typed);
  const base = previous?.query.round;
  const question =
    relative && base !== undefined && base + relative.offset >= 1
      ? withRoundNamed(typed, relative, base + relative.offset, locale)
      : typed;
  const u = engine.understander.understand(question, locale);
  if (u.query.intent === "unknown" && u.hints.reason && u.hints.reason !== "offtopic") return undefined;
  const asked = readDuration(kb, question, u, previous, engine.now());
  if (!asked) return undefined;
  const intent = intentOf(asked);
  const draft = new Draft(intent);
  const [a, b] = asked.moments;
  if (asked.unrecorded.length === 0 && a && b) composeDuration(draft, locale, [a, b], asked.unit);
  else {
    const missing = asked.unrecorded.map((l) => pick(locale, l.en, l.ja)).join(pick(locale, " and ", "と"));
    draft.title = pick(locale, "Not recorded", "記録されていません");
    draft.say(
      pick(
        locale,
        `Not recorded — the date of ${missing} is not recorded, so how long between them cannot be said.`,
        `記録されていません。${missing}の日付が記録されていないため、期間はお答えできません。`,
      ),
    );
  }
  const answer = draft.finish(kb, question, locale);
  const rounds = u.hints.rounds ?? previous?.rounds;
  const round = u.query.round ?? previous?.query.round;
  const context: TurnContext = {
    query: { intent, ...(round !== undefined && intent !== "origin" ? { round } : {}) },
    locale,
    ...(rounds && rounds.length > 1 ? { rounds: rounds.slice(0, 10) } : {}),
  };
  return { ...answer, context };
}
