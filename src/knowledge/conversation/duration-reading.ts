/**
 * "How many days between round 2 and round 3?", "How many years ago was the dialogue agreed?", "how long until
 * the first meeting?" (after the agreement), 「第1回から第3回まで何年？」: a question of how long between two
 * moments on record — rounds (held), the agreement, a round's press release, today — and the unit asked. The
 * moments come from the question, else from the previous turn (its rounds, or the agreement it was about).
 */

import type { DurationUnit, Moment } from "../answer/duration.ts";
import type { TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, latestHeldRound, latestRound, roundByNumber, roundsInYear } from "../queries.ts";
import type { DateValue } from "../types.ts";
import type { Understanding } from "../understand/hints.ts";
import type { Mention as ReadingMention } from "../understand/reading.ts";

const ASKS =
  /\bhow (?:many|much) (?:days|weeks|months|years|time)\b|\bhow long\b|\b(?:gap|interval|time|span) (?:between|from|to|until|till|before|after|since)\b|\bin (?:days|weeks|months|years)\b|\b(?:days|weeks|months|years) (?:between|apart|after|before|since|ago|from|separat\w*|passed|elapsed|later|earlier)\b|\bhow far apart\b|何日|何週間|何か月|何ヶ月|何カ月|何年(?:前|後|間|経|たっ|かかっ|あ|離|ぶり)?|どのくらい(?:前|後|の間|経|たっ|離|空|期間|時間)|どれくらい(?:前|後|の間|経|たっ|離|空|期間|時間)|期間が(?:空|あ|開)|どれだけ(?:前|後|経|空)/i;
const UNITS: [RegExp, DurationUnit][] = [
  [/\bdays?\b|何日/i, "days"],
  [/\bweeks?\b|何週/i, "weeks"],
  [/\bmonths?\b|何か月|何ヶ月|何カ月/i, "months"],
  [/\byears?\b|何年/i, "years"],
];
const AGREEMENT =
  /\bagree(?:d|ing|ment|s)?\b|\bsummit\b|\bset up\b|\bestablish\w*|\bfound(?:ed|ing)\b|\bcreat\w*|\blaunch\w*|合意|設立|首脳会談|発足|立ち上/i;
const RELEASE = /\brelease\w*|\bpublish\w*|\bstatement\b|\bpress\b|報道発表|プレスリリース|公表|発表/i;
const TODAY = /\bago\b|\bsince\b|\btoday\b|\bnow\b|\bso far\b|今日|現在|今から|前[？?。]?$|経っ|たっ/i;

/** "how many days later?", 「何日後？」: a span from one moment to another (not "what year?", 何年？). */
const APART = /\b(?:later|after|before|earlier|apart|between|gap|since)\b|後|前|差|離|空|経/i;

const BETWEEN_THEM = /\b(?:in between|between (?:them|those|these|the two)|apart)\b|その間|間は/i;

const THAT_ONE = /\b(?:that one|that round|that meeting|then)\b|その回|そこ/i;

/** Whether the question asks how long (cheap: read before anything else is). */
export const asksDuration = (question: string): boolean => ASKS.test(question);

export interface DurationAsked {
  moments: Moment[];
  /** the rounds whose moments these are, in the order asked */
  rounds: number[];
  /** the moments asked about whose date is not recorded (then no span can be given) */
  unrecorded: { en: string; ja: string }[];
  unit?: DurationUnit;
}

const roundLabel = (n: number) => ({
  en: `the ${n}${n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th"} round`,
  ja: `第${n}回`,
});

function roundMoment(kb: KnowledgeBase, n: number): Moment | undefined {
  const round = roundByNumber(kb, n);
  if (!round || !isKnown(round.date)) return undefined;
  return { label: roundLabel(n), date: round.date.value, evidence: round.date.evidence };
}

function releaseMoment(kb: KnowledgeBase, n: number): Moment | undefined {
  const released = roundByNumber(kb, n)?.released;
  if (!released || !isKnown(released)) return undefined;
  const { en, ja } = roundLabel(n);
  return {
    label: { en: `the release on ${en}`, ja: `${ja}の報道発表` },
    date: released.value,
    evidence: released.evidence,
  };
}

function agreementMoment(kb: KnowledgeBase): Moment | undefined {
  const origin = kb.dialogue.origin;
  if (!isKnown(origin)) return undefined;
  return {
    label: { en: "the agreement to hold the dialogue", ja: "協議開催の合意" },
    date: origin.value.date,
    evidence: origin.evidence,
  };
}

function todayMoment(now: Date): Moment {
  const date: DateValue = {
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    day: now.getUTCDate(),
    precision: "day",
    approximate: false,
  };
  return { label: { en: "today", ja: "今日" }, date, evidence: [] };
}

/** A round mention's round, whatever it is related to ("days after the 2nd round" is about the 2nd). */
function roundOfMention(kb: KnowledgeBase, m: ReadingMention): number | undefined {
  if (m.kind === "date") {
    const rounds = roundsInYear(kb, m.year, m.month);
    return rounds.length === 1 ? rounds[0]?.number : undefined;
  }
  if (m.kind !== "round") return undefined;
  const ref = m.ref;
  if (ref.kind === "number") return ref.n;
  if (ref.kind === "first") return kb.rounds[0]?.number;
  const latest = latestRound(kb)?.number;
  if (latest === undefined) return undefined;
  return ref.kind === "latest" ? latest : latest - 1;
}

/** The rounds the question names, in the order named (the first and last of a span); else the previous turn's. */
function roundsNamed(
  kb: KnowledgeBase,
  u: Understanding,
  previous: TurnContext | undefined,
  question: string,
): number[] {
  const mentions = u.reading?.mentions ?? [];
  const named = [
    ...new Set(mentions.map((m) => roundOfMention(kb, m)).filter((n): n is number => n !== undefined)),
  ];
  if (named.length === 0 && u.query.round !== undefined) named.push(u.query.round);
  // "how long after round 1 was that?" after round 2: the round named and the previous turn's ("and from
  // that one to the 5th?" after a span: the span's last round)
  // ("that one" is the span's other round, not the one the conversation was about)
  const other = previous?.rounds?.find((n) => n !== previous.query.round);
  const before = THAT_ONE.test(question) && other !== undefined ? other : previous?.query.round;
  if (
    named.length === 1 &&
    before !== undefined &&
    before !== named[0] &&
    previous?.query.intent !== "origin"
  )
    return [named[0] as number, before];
  if (named.length > 0) return named.length > 2 ? [named[0] as number, named.at(-1) as number] : named;
  if (previous?.rounds && previous.rounds.length > 1) return previous.rounds.slice(0, 2);
  // "how many days between them?" after "the one before?": this round and the one asked about before it
  if (previous?.earlier !== undefined && previous.query.round !== undefined)
    return [previous.earlier, previous.query.round];
  // "how long since then?" after the next round as things stand: since the latest round held
  if (previous?.query.intent === "next_round") {
    const held = latestHeldRound(kb)?.number;
    return held === undefined ? [] : [held];
  }
  return previous?.query.round !== undefined && previous.query.intent !== "origin"
    ? [previous.query.round]
    : [];
}

/** The two moments and the unit a duration question asks about; undefined when it asks no duration. */
export function readDuration(
  kb: KnowledgeBase,
  question: string,
  u: Understanding,
  previous: TurnContext | undefined,
  now: Date,
): DurationAsked | undefined {
  if (!ASKS.test(question)) return undefined;
  const unit = UNITS.find(([re]) => re.test(question))?.[1];
  const rounds = roundsNamed(kb, u, previous, question);
  const asked: ({ label: { en: string; ja: string } } & Partial<Moment>)[] = [];
  // "so how many days later is that?" after when the release came out: from the round to its release
  // ("how many days in between?" after a round's dates: its meeting and its release, both just given)
  const between = previous?.query.intent === "when_where" && BETWEEN_THEM.test(question);
  const release =
    RELEASE.test(question) ||
    ((previous?.released === true || between) && rounds.length === 1 && APART.test(question));
  const agreement = AGREEMENT.test(question) || (previous?.query.intent === "origin" && rounds.length < 2);
  if (agreement) asked.push(agreementMoment(kb) ?? { label: { en: "the agreement", ja: "合意" } });
  const first = rounds[0];
  const at = (n: number) => roundMoment(kb, n) ?? { label: roundLabel(n) };
  if (release && first !== undefined)
    asked.push(
      at(first),
      releaseMoment(kb, first) ?? {
        label: { en: `the release on ${roundLabel(first).en}`, ja: `${roundLabel(first).ja}の報道発表` },
      },
    );
  else for (const n of rounds) asked.push(at(n));
  // "how long since the last round?" is the recency of the whole dialogue (asks.ts), not a span asked here
  const latest = kb.rounds.at(-1)?.number;
  const sinceLatest = asked.length === 1 && first === latest && !agreement && !release;
  if (asked.length === 1 && TODAY.test(question) && !sinceLatest) asked.push(todayMoment(now));
  if (asked.length < 2) return undefined;
  const moments = asked.filter((m): m is Moment => m.date !== undefined);
  const unrecorded = asked.filter((m) => m.date === undefined).map((m) => m.label);
  return { moments, unrecorded, rounds, ...(unit ? { unit } : {}) };
}
