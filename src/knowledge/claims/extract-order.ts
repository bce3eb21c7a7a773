/**
 * "Did the 3rd round happen before the 2nd?", "Was round 2 held after round 3?": a round put before or after
 * another (the second named with "before", "after", "earlier than" …) is a claim about their order. "Was round
 * 3 the first round held in Tokyo?", 「第2回は東京で初めて開催された回？」: a round said to be the first (or
 * last) held in a city.
 */
import type { KnowledgeBase } from "../load.ts";
import type { Mention } from "../understand/reading.ts";
import { ORDINAL_WORDS } from "../understand/vocabulary.ts";
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

/** Words that name a round by itself: a number, an ordinal, 第…回 (not a name that describes one). */
const ROUND_WORDS = new RegExp(
  `\\d|\\b(?:${Object.keys(ORDINAL_WORDS).join("|")}|round|meeting)\\b|[一二三四五六七八九十]|回`,
  "i",
);

/** The rounds the question names by number (not one found from a name: "IPA first joined…" names none). */
function roundsNamed(reading: Reading): number[] {
  const mentions = reading.understanding.reading?.mentions ?? [];
  return mentions.flatMap((m) =>
    m.kind === "round" && m.ref.kind === "number" && ROUND_WORDS.test(m.via) ? [m.ref.n] : [],
  );
}

/** "the first round held in Tokyo", "the last one there", "the first time in Tokyo". */
const FIRST_IN_EN =
  /\b(first|earliest|last|latest|most recent|final)\s+(?:(?:round|meeting|one|session|dialogue|time)\s+)?(?:(?:that was |which was |to be )?(?:held|hosted|convened|to take place|to meet)\s+)?(?:in|at|there)\b/i;
const FIRST_IN_JA = /(?:最初|初めて|初|一番目)|(最後|最新|直近)/;

/** The claim that the round named is the first or last held in the city named, if the question says so. */
export function firstInClaims(reading: Reading): Claim[] {
  const { understanding, text } = reading;
  const place = understanding.hints.places?.[0] ?? understanding.query.place;
  const round = roundsNamed(reading)[0];
  if (!place || round === undefined) return [];
  const en = FIRST_IN_EN.exec(text);
  const ja = en ? undefined : /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? FIRST_IN_JA.exec(text) : undefined;
  const word = en?.[1]?.toLowerCase() ?? (ja ? (ja[1] ? "last" : "first") : undefined);
  if (!word) return [];
  const which = word === "first" || word === "earliest" ? "first" : "last";
  return [{ kind: "first_in", round, place, which }];
}

/** "first joined", "for the first time", 初参加 — not "the first round" (a round named). */
const FIRST_TIME =
  /\bfirst\b(?!\s+(?:round|meeting|dialogue|session|one|time\s+(?:in|at)\b))|\bdebut\w*|初めて|初参加|初出席|最初に参加/i;

/** The claim that the round named is the first the organisation named took part in. */
export function firstAttendedClaims(reading: Reading): Claim[] {
  const { understanding, text } = reading;
  const organisation = understanding.query.organisation ?? understanding.hints.firstAttended?.organisation;
  const round = roundsNamed(reading)[0];
  if (!organisation || round === undefined || !FIRST_TIME.test(text)) return [];
  return [{ kind: "first_attended", round, organisation }];
}

/** "Was round 2 the inaugural meeting?", "Is round 5 the latest one?": a round said to be the first or the latest. */
const IS_THE_ONE =
  /\b(?:was|is|were)\b[^?]*\bthe\s+(?:very\s+)?(?:first|inaugural|initial|opening|earliest|latest|last|final|most recent)\b/i;

export function identityClaims(kb: KnowledgeBase, reading: Reading): Claim[] {
  const mentions = (reading.understanding.reading?.mentions ?? []).filter((m) => m.kind === "round");
  const [named, which] = mentions;
  if (mentions.length !== 2 || named?.kind !== "round" || which?.kind !== "round") return [];
  if (named.ref.kind !== "number" || (which.ref.kind !== "first" && which.ref.kind !== "latest")) return [];
  if (!IS_THE_ONE.test(reading.text)) return [];
  const numbers = kb.rounds.map((r) => r.number);
  const other = which.ref.kind === "first" ? Math.min(...numbers) : Math.max(...numbers);
  return [{ kind: "is_round", round: named.ref.n, other, which: which.ref.kind }];
}
