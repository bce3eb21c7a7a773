/**
 * Words for announcing, by base form (the Porter2 stem), so that every inflection counts: "announce",
 * "announces", "announced", "announcing", "said", "says", "planned"… and 発表, 予定 in Japanese.
 */
import type { Query } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { announcementOf } from "../queries.ts";
import type { Hints } from "./hints.ts";
import { stem } from "./stem.ts";

/** Base forms of verbs that tell what a round said would happen (not what happened). */
const ANNOUNCE_STEMS = new Set([
  "announc",
  "say",
  "said",
  "plan",
  "promis",
  "suppos",
  "schedul",
  "intend",
  "expect",
]);

/** The verbs by which one round states where and when the next would meet. */
const ANNOUNCER_STEMS = new Set(["announc", "say", "said", "plan", "schedul", "promis", "state", "agre"]);

const JA_ANNOUNCE = /発表|予定|表明/;

/** The words of an English text in matching form, with their stems. */
export function stemmedWords(text: string): { word: string; stem: string }[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).map((word) => ({ word, stem: stem(word) }));
}

/** Does the text use a word for announcing, in any form ("announce", "announced", "said", 発表)? */
export function mentionsAnnouncing(text: string): boolean {
  return stemmedWords(text).some((w) => ANNOUNCE_STEMS.has(w.stem)) || JA_ANNOUNCE.test(text);
}

/**
 * "as announced", "as planned", "according to plan", "was the plan followed", "where it was supposed to be",
 * 「予定通り」: a round compared with what was announced for it (not what it announced).
 */
export function comparesWithAnnouncement(text: string): boolean {
  const words = stemmedWords(text);
  const asAnnounced = words.some((w, i) => w.word === "as" && ANNOUNCER_STEMS.has(words[i + 1]?.stem ?? ""));
  const planKept =
    /\baccording to (?:the )?plan\b/.test(text) ||
    (/\b(?:plan|plans|announcement)\b/.test(text) &&
      /\b(?:follow|followed|kept|carried out|met)\b/.test(text));
  // "was it held where it was supposed to be?", "when it was meant to": held compared with what was planned
  const wherePlanned =
    /\b(?:where|when) (?:it|they|that|this)(?: was| were| had been)? (?:supposed|meant|planned|scheduled|expected|intended|due)\b/.test(
      text,
    );
  return asAnnounced || planKept || wherePlanned || /(?:予定|発表)(?:通り|どおり)/.test(text);
}

/** Is this word (in any form) one by which a round announces another ("announces", "said", "planned")? */
export const isAnnouncerVerb = (word: string) => ANNOUNCER_STEMS.has(stem(word.toLowerCase()));

/** Words that make an announcing verb passive: "was announced", "had been planned". */
const PASSIVE = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got"]);
const ACTIVE_AGAIN = new Set(["that", "which", "who", "did", "does", "do", "when"]);

/**
 * "held in Tokyo as announced", "as had been planned", "as round 2 said", 予定通り: the outcome is said to
 * match an announcement. "as" followed within four words by an announcing verb, in any form.
 */
export function saysAsAnnounced(text: string): boolean {
  if (/(?:予定|発表)(?:通り|どおり)/.test(text)) return true;
  const words = stemmedWords(text);
  return words.some(
    (w, i) => w.word === "as" && words.slice(i + 1, i + 5).some((v) => ANNOUNCE_STEMS.has(v.stem)),
  );
}

/**
 * Where a list of English words uses an announcing verb in the active voice ("Did round 2 announce…",
 * "round 3 announced…"): its index, or -1; and where one is passive ("was announced"): then the round
 * before it is the one announced, not the one announcing.
 */
export function announcingVerb(words: readonly string[]): { at: number; passive: boolean } | undefined {
  const at = words.findIndex((w) => isAnnouncerVerb(w) && !/ments?$/.test(w));
  if (at < 0) return undefined;
  // "was the 3rd round announced": a form of "be" before it, with no "that"/"did" between ("Was it round
  // 2 that announced…" is active)
  const before = words.slice(0, at).map((w) => w.toLowerCase());
  const be = before.findLastIndex((w) => PASSIVE.has(w));
  const passive = be >= 0 && !before.slice(be + 1).some((w) => ACTIVE_AGAIN.has(w));
  return { at, passive };
}

/**
 * Words that ask what was planned for a round rather than what it planned, or ask of it in the future tense
 * ("where was the 3rd round supposed to be held?", "when is the 4th going to be?", 「第4回の予定は？」).
 */
export const PLANNED_FOR =
  /\b(?:supposed|planned|scheduled|expected|due|originally|meant|intended|going to|will)\b|予定/i;

/**
 * A next-round question about round n asked as announced: the round that announced it is the one answered,
 * round n kept as the announced round (none on record: no round is answered).
 */
export function askAsAnnounced(kb: KnowledgeBase, query: Query, hints: Hints, n: number): void {
  hints.announcedRound = n;
  const announcement = announcementOf(kb, n);
  if (announcement) query.round = announcement.by.number;
  else delete query.round;
}
