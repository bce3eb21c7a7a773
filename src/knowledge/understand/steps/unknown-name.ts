/**
 * Step 2e, names not found exactly: a misspelt or reordered name becomes a mention of it; a name-like
 * phrase that is no one on record is kept as typed ("Abe"), for an honest "not recorded".
 */
import { NUMBER_WORDS } from "../vocabulary.ts";
import type { Scan, Tools } from "./scan.ts";

/** Letters and digits only, lower case: "JPCERT/CC first" contains "jpcert cc". */
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** "ten Japanese agencies", "the 4 Australian bodies": a number of participants, not a name. */
const COUNTED = new RegExp(
  `^(?:the\\s+)?(?:\\d+|${Object.keys(NUMBER_WORDS).join("|")})\\s+(?:\\w+\\s+)?(?:agenc(?:y|ies)|organi[sz]ations?|bodies|ministries|departments|participants|delegations?|officials|people)\\b`,
  "i",
);

export function findUnknownName(scan: Scan, tools: Tools): void {
  const { mentions, description } = scan;
  if (mentions.some((m) => m.ref.kind !== "term")) return;
  const phrase = tools.names.namePhrase(scan.input, scan.words, scan.consumed, scan.japanese);
  if (phrase && "entity" in phrase) {
    const { ref, how } = phrase.entity;
    const describer = description?.describer;
    const describes = describer && describer.kind === ref.kind && describer.id === ref.id;
    if (describes || mentions.some((m) => m.ref.kind === ref.kind && m.ref.id === ref.id)) return;
    mentions.push({
      ref,
      alternatives: [ref],
      typed: phrase.typed,
      corrected: how !== "exact",
      start: -1,
      end: -1,
    });
    if (how !== "exact") scan.hints.corrections.push({ typed: phrase.typed, ref });
  } else if (
    phrase &&
    !COUNTED.test(phrase.unknown) &&
    !(description?.describer && key(phrase.unknown).includes(key(description.via)))
  ) {
    // (not the name that only described a round: "フィーキン氏が共同議長を務めた回")
    scan.unknownName = phrase.unknown;
  }
}
