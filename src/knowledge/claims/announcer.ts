/**
 * "Did round 2 announce the 3rd round for Canberra?", "Round 3 said the next one would be in Canberra in
 * 2018, right?", "第2回で第3回はキャンベラ開催と発表されましたか": the places and dates asserted are those the
 * announcing round gave for the announced one, not where or when either round was held.
 */
import type { KnowledgeBase } from "../load.ts";
import { isKnown, roundByNumber, roundsInYear } from "../queries.ts";
import { announcingVerb, mentionsAnnouncing, saysAsAnnounced } from "../understand/announce.ts";
import type { Mention } from "../understand/reading.ts";
import type { Reading } from "./extract.ts";

/** Which round announced (`by`) which round (`round`). */
export interface Announcing {
  by: number;
  round: number;
  /** the words of the date that named the announcing round ("the 2016 release"): not a date asserted */
  byDate?: string;
}

type RoundMention = Extract<Mention, { kind: "round" }> & { ref: { kind: "number"; n: number } };

const numbered = (m: Mention): m is RoundMention => m.kind === "round" && m.ref.kind === "number";

/** The round a round announced, by the record; else the one after it. */
function announcedBy(kb: KnowledgeBase, by: number): number {
  const next = roundByNumber(kb, by)?.nextRoundAnnounced;
  return isKnown(next) ? next.value.round : by + 1;
}

/**
 * "Round 2 said round 3 would be in Canberra. Was it?": an announcement told before the question is its
 * premise; what is asked is the last sentence, and there nobody announces.
 */
function askedInLastSentence(text: string): boolean {
  const sentences = text.split(/(?<=[.!。！])\s*(?=\S)/).filter((s) => s.trim() !== "");
  const last = sentences.at(-1) ?? "";
  return sentences.length < 2 || mentionsAnnouncing(last);
}

/** Who announced what, when the question says one round announced (in any form of the verb). */
export function announcingOf(kb: KnowledgeBase, reading: Reading): Announcing | undefined {
  const read = reading.understanding.reading;
  // "held in Canberra as round 2 announced": the outcome compared with the announcement (extract.ts)
  if (!read || !askedInLastSentence(reading.text) || saysAsAnnounced(reading.text)) return undefined;
  if (read.locale === "ja") return japaneseAnnouncing(kb, reading.text);
  const verb = announcingVerb(read.tokens.map((t) => t.text));
  if (!verb) return undefined;
  const rounds = read.mentions.filter(numbered).filter((m) => m.span !== undefined);
  const before = rounds.filter((m) => (m.span?.end ?? 0) <= verb.at);
  const after = rounds.filter((m) => (m.span?.start ?? 0) > verb.at);
  if (verb.passive) {
    // "Was the 3rd round announced by round 2 for Canberra?"
    const byWord = read.tokens[verb.at + 1]?.text === "by";
    const announced = before.at(-1);
    const by = byWord ? after[0] : undefined;
    return announced && by ? { by: by.ref.n, round: announced.ref.n } : undefined;
  }
  // "Did the 2016 release say …?": the round of that year (its release) made the announcement
  const byNumber = before.at(-1)?.ref.n;
  const dated = byNumber === undefined ? roundOfYearBefore(kb, read.mentions, verb.at) : undefined;
  const by = byNumber ?? dated?.round;
  if (by === undefined) return undefined;
  return { by, round: after[0]?.ref.n ?? announcedBy(kb, by), ...(dated ? { byDate: dated.via } : {}) };
}

/** The one round held in a year (or month) named before the verb, if the year names exactly one. */
function roundOfYearBefore(
  kb: KnowledgeBase,
  mentions: readonly Mention[],
  at: number,
): { round: number; via: string } | undefined {
  const date = mentions.find((m) => m.kind === "date" && (m.span?.end ?? Number.POSITIVE_INFINITY) <= at);
  if (date?.kind !== "date") return undefined;
  const rounds = roundsInYear(kb, date.year, date.month);
  const round = rounds.length === 1 ? rounds[0]?.number : undefined;
  return round === undefined ? undefined : { round, via: date.via };
}

const ROUND_JA = /第\s*([0-9０-９]+)\s*回/g;

/** 「第2回で第3回のキャンベラ開催が発表された」「第3回では次回をキャンベラで開催すると発表」 */
function japaneseAnnouncing(kb: KnowledgeBase, text: string): Announcing | undefined {
  if (!/発表|表明/.test(text)) return undefined;
  const found = [...text.matchAll(ROUND_JA)].map((m) => ({
    n: Number(m[1]?.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))),
    after: text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4),
  }));
  const first = found[0];
  if (!first || !/^(?:で|では|において|の(?:会合|協議)で)/.test(first.after)) return undefined;
  const second = found[1];
  if (second) return { by: first.n, round: second.n };
  return /次回|次の回/.test(text) ? { by: first.n, round: announcedBy(kb, first.n) } : undefined;
}
