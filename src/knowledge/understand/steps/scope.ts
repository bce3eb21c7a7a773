/**
 * Step 3c, scope: whether something in the question shows it is about this dialogue, and whether it is
 * about another one ("the Japan–US cyber dialogue") or another forum of the two countries ("the 2+2").
 */
import { ANCHOR_JA, ANCHOR_WORDS } from "../vocabulary.ts";
import { type Scan, type Stop, stop, type Tools } from "./scan.ts";

/** Other meetings and agreements between Japan and Australia (or of the region) that share its words. */
const OTHER_FORUM =
  /(?:^|[^\w+])(?:2|two)\s*(?:\+|＋|plus|プラス)\s*(?:2|two)(?![\w+])|\b(?:JAEPA|EPA|FTA|AUKUS|Quad|RAA|G7|G8|G20|APEC|NATO|UNGA|East Asia Summit)\b|\bnext (?:[\w–-]+ )?(?:summit|leaders'? (?:meeting|summit))\b|\b(?:free trade|economic partnership|trade (?:agreement|deal|pact)|reciprocal access|defen[cs]e (?:pact|treaty)|security (?:treaty|pact))\b|経済連携協定|自由貿易|円滑化協定|外務・防衛|閣僚協議|日米豪印|クアッド|次の首脳会談|次回の首脳会談|次のサミット/i;
/** Words that name this dialogue itself. */
const THIS_DIALOGUE = /\bcyber\b|サイバー/i;

export function readScope(scan: Scan, tools: Tools): Stop | undefined {
  const { words, consumed } = scan;
  scan.anchor =
    scan.roundMentions.some((m) => m.mention.strength === "strong") ||
    scan.mentions.length > 0 ||
    words.some((w, i) => !consumed[i] && ANCHOR_WORDS.has(w)) ||
    /\bnext (?:one|round|meeting|dialogue|session|time)\b/.test(scan.text) ||
    ANCHOR_JA.test(scan.japanese) ||
    scan.scores.anchored;
  const raw = scan.tokens.map((t) => t.raw);
  if (tools.places.otherDialogue(words, consumed, raw, scan.japanese))
    return stop(scan.locale, scan.hints, "other_dialogue");
  // unless the question also names this dialogue ("was the 2+2 mentioned at the cyber policy dialogue?")
  if (OTHER_FORUM.test(scan.input) && !THIS_DIALOGUE.test(scan.input))
    return stop(scan.locale, scan.hints, "other_forum");
  return undefined;
}
