/**
 * Step 3c, scope: whether something in the question shows it is about this dialogue, and whether it asks
 * for what the dialogue's facts cannot serve (a poem, the weather, another country's dialogue, the 2+2):
 * the judgement itself is ../scope.ts.
 */
import { scoreCues } from "../intent.ts";
import { ANCHOR_JA, ANCHOR_WORDS } from "../vocabulary.ts";
import { type Scan, type Stop, stop, type Tools } from "./scan.ts";

const HELD_THERE = /\b(?:held|hosted|took place|take place|happened|convened|met)\b|開催|開かれ|行われ/;

export function readScope(scan: Scan, tools: Tools): Stop | undefined {
  const { words, consumed } = scan;
  scan.anchor =
    scan.roundMentions.some((m) => m.mention.strength === "strong") ||
    scan.mentions.length > 0 ||
    words.some((w, i) => !consumed[i] && ANCHOR_WORDS.has(w)) ||
    /\bnext (?:one|round|meeting|dialogue|session|time)\b/.test(scan.text) ||
    ANCHOR_JA.test(scan.japanese) ||
    scan.scores.anchored ||
    // "how many were held in Tokyo?": a count or choice of what was held in a city on record
    (scan.cityHits.some((c) => c.known) &&
      HELD_THERE.test(`${scan.text} ${scan.japanese}`) &&
      /^(?:so |and |ok )?(?:how many|which|what number)\b/.test(scan.text));
  // Off-topic whatever its domain words (a poem, the weather, another country's dialogue, the 2+2): scope.ts
  scan.scope = tools.scope.judge({
    input: scan.input,
    words: scan.tokens.map((t) => t.text),
    raw: scan.tokens.map((t) => t.raw),
    consumed,
    japanese: scan.japanese,
    named: scan.mentions.length > 0,
    roundNamed: scan.roundMentions.some((m) => m.mention.strength === "strong"),
    asksOrigin: (forumWord, japanese) =>
      scoreCues(
        words.filter((w, i) => !consumed[i] && !forumWord(w)),
        japanese,
      ).byIntent.origin > 0,
  });
  if (scan.scope.offTopic) return stop(scan.locale, scan.hints, scan.scope.offTopic);
  return undefined;
}
