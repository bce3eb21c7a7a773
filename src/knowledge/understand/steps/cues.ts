/**
 * Step 3a, cue words: the question's words outside names (a name becomes "ent", so that "what is ent"
 * still reads) and how strongly they point at each intent.
 */
import { scoreCues } from "../intent.ts";
import type { Scan } from "./scan.ts";

export function readCues(scan: Scan): void {
  const { words, consumed, mentions, description } = scan;
  const cueText: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (description?.drop.has(i)) continue;
    if (!consumed[i]) cueText.push(words[i] ?? "");
    else if (mentions.some((m) => m.start === i)) cueText.push("ent");
  }
  scan.cueText = cueText;
  scan.text = cueText.join(" ");
  scan.scores = scoreCues(cueText, scan.japanese);
}
