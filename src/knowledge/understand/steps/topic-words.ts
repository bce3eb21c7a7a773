/** Step 3d, topic words: content words of a question that may name a topic ("cybercrime", "Olympics"). */
import { hasJapanese } from "../normalise.ts";
import { isRoundWord } from "../rounds.ts";
import { ANCHOR_WORDS, JA_TOPIC_TERMS, SIDE_WORDS, STOPWORDS } from "../vocabulary.ts";
import { WH_WORDS } from "./form.ts";
import type { Scan, Tools } from "./scan.ts";

/** Verbs around a topic that are not the topic ("was cybercrime discussed"). */
const TOPIC_FILLER = new Set(
  "held hold happen happened mention raise end ended come came out ever included include cover covered issue issued bring brought agenda".split(
    " ",
  ),
);

/** The first word of a document's name ("joint statement", "press release"): the document, not a topic. */
const DOCUMENT_HEAD: Record<string, string> = { joint: "statement", press: "release", media: "release" };

export function findTopicWords(scan: Scan, tools: Tools): void {
  const out = scan.words.filter(
    (w, i) =>
      !scan.consumed[i] &&
      !(DOCUMENT_HEAD[w] !== undefined && DOCUMENT_HEAD[w] === scan.words[i + 1]) &&
      w.length >= 3 &&
      !STOPWORDS.has(w) &&
      !tools.cueWord.has(w) &&
      !isRoundWord(w) &&
      !SIDE_WORDS[w] &&
      !ANCHOR_WORDS.has(w) &&
      !TOPIC_FILLER.has(w) &&
      !WH_WORDS.has(w) &&
      !hasJapanese(w) &&
      !tools.places.isCity(w),
  );
  for (const [ja, en] of Object.entries(JA_TOPIC_TERMS)) if (scan.japanese.includes(ja)) out.push(...en);
  scan.topicWords = [...new Set(out)];
}
