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

/**
 * "and from that one to the 5th?", "and to the one before?", 「第5回までは？」 after a span was answered: the
 * same question of other moments (a short fragment that only says from or to what).
 */
const AGAIN_EN =
  /^\s*(?:and|so|ok|what about|how about)\b[^?]{0,60}\b(?:from|to|until|till|since|between|after|before)\b/i;
const AGAIN_JA = /^(?:じゃあ|では|それで)?[^？?]{0,20}(?:まで|から)(?:は|だと|では)?[？?]?$/;
function durationAgain(typed: string, locale: Locale): string | undefined {
  const words = typed.trim().split(/\s+/).length;
  if (AGAIN_EN.test(typed) && words <= 10) return `how long ${typed.replace(/^\s*(?:and|so|ok)\s+/i, "")}`;
  if (locale === "ja" && AGAIN_JA.test(typed.trim()))
    return `${typed.trim().replace(/[？?]$/, "")}どのくらいの間？`;
  return undefined;
}

export function answerDuration(
  engine: Engine,
  typed: string,
  locale: Locale,
  previous: TurnContext | undefined,
): Answer | undefined {
  const { kb } = engine;
  const again =
    !asksDuration(typed) && previous?.duration === true ? durationAgain(typed, locale) : undefined;
  if (!asksDuration(typed) && !again) return undefined;
  // "gap to the next one?", "and to the one before?": the round named relative to the previous turn's
  const asked0 = again ?? typed;
  const relative = relativeRound(asked0);
  const base = previous?.query.round;
  const question =
    relative && base !== undefined && base + relative.offset >= 1
      ? withRoundNamed(asked0, relative, base + relative.offset, locale)
      : asked0;
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
  const rounds = asked.rounds.length > 1 ? asked.rounds : (u.hints.rounds ?? previous?.rounds);
  // ("gap to the next one?" after round 2 stays about round 2: "and to the one before?" is before round 2)
  const round = relative && base !== undefined ? base : (u.query.round ?? previous?.query.round);
  const context: TurnContext = {
    query: { intent, ...(round !== undefined && intent !== "origin" ? { round } : {}) },
    locale,
    ...(rounds && rounds.length > 1 ? { rounds: rounds.slice(0, 10) } : {}),
    duration: true,
  };
  return { ...answer, context };
}
