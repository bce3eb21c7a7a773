/**
 * Step 3a, cue words: the question's words outside names (a name becomes "ent", so that "what is ent"
 * still reads) and how strongly they point at each intent. A verb that describes which round is meant ("tell
 * me about the round held in December 2017") says which round, not what is asked: it is no cue.
 */
import { scoreCues } from "../intent.ts";
import type { Scan } from "./scan.ts";

const ROUND_NOUN = new Set(["round", "meeting", "dialogue", "session", "one"]);
const DETERMINER = new Set(["the", "a", "that"]);
const AUXILIARY = new Set(["was", "is", "were", "are", "did", "does", "has", "had", "will"]);
const HELD_VERB = new Set(["held", "hosted", "convened", "happened", "met", "took"]);
const WHERE_WHEN = new Set(["in", "on", "at", "during", "place"]);

/** "the round (that was) held in X": the index of the verb of a clause describing a round. */
function describingVerbs(words: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (!ROUND_NOUN.has(words[i] ?? "") || !DETERMINER.has(words[i - 1] ?? "")) continue;
    if (AUXILIARY.has(words[i - 2] ?? "")) continue; // "was the round held in Tokyo?": the main verb
    let j = i + 1;
    const relative = words[j] === "that" || words[j] === "which";
    if (relative) j++;
    if (relative && (words[j] === "was" || words[j] === "were")) j++;
    if (HELD_VERB.has(words[j] ?? "") && WHERE_WHEN.has(words[j + 1] ?? "")) out.add(j);
  }
  return out;
}

export function readCues(scan: Scan): void {
  const { words, consumed, mentions, description } = scan;
  const cueText: string[] = [];
  const describing = describingVerbs(words);
  for (let i = 0; i < words.length; i++) {
    if (description?.drop.has(i) || describing.has(i)) continue;
    if (!consumed[i]) cueText.push(words[i] ?? "");
    else if (mentions.some((m) => m.start === i)) cueText.push("ent");
  }
  scan.cueText = cueText;
  scan.text = cueText.join(" ");
  scan.scores = scoreCues(cueText, scan.japanese);
}
