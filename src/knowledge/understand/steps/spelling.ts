/**
 * Misspelt words corrected in place: toward a name ("mizushma" → "mizushima", Kunrei and long-vowel
 * spellings of Japanese names) or toward the vocabulary ("cochiared" → "cochaired").
 */
import { hasJapanese } from "../normalise.ts";
import { WH_WORDS } from "./form.ts";
import type { Scan, Tools } from "./scan.ts";

/** A romanised Japanese word in Hepburn spelling without long-vowel marks. */
export function romanisationVariant(word: string): string {
  return word
    .replace(/(?<=[a-z])oh(?=[^aeiou]|$)|^oh(?=[^aeiou])/g, "o")
    .replace(/o[ou]/g, "o")
    .replace(/uu/g, "u")
    .replace(/si/g, "shi")
    .replace(/ti/g, "chi")
    .replace(/tu/g, "tsu")
    .replace(/zi/g, "ji")
    .replace(/hu/g, "fu")
    .replace(/sy([aou])/g, "sh$1")
    .replace(/ty([aou])/g, "ch$1")
    .replace(/zy([aou])/g, "j$1");
}

/**
 * An English closed compound read as its head when the head is a cue word and the rest a known word
 * ("backstory" → "story", "cochairperson" stays: it is known).
 */
function compoundHead(tools: Tools, word: string): string | undefined {
  for (let k = 3; k <= word.length - 4; k++) {
    const head = word.slice(k);
    if (tools.known.has(word.slice(0, k)) && tools.cueWord.has(head)) return head;
  }
  return undefined;
}

/** The better correction of a word, toward a name or toward the vocabulary (undefined: keep it). */
function correction(tools: Tools, word: string, upper: boolean): { word: string; name: boolean } | undefined {
  const head = word.length >= 7 ? compoundHead(tools, word) : undefined;
  if (head) return { word: head, name: false };
  const hepburn = romanisationVariant(word);
  if (hepburn !== word && tools.index.byKey.has(hepburn)) return { word: hepburn, name: true };
  let asWord = tools.speller.correctWithDistance(word);
  // Three letters are easily another word: only cue words ("wen" → "when") are trusted.
  if (asWord && word.length <= 3 && !tools.cueWord.has(asWord.word) && !WH_WORDS.has(asWord.word))
    asWord = undefined;
  const asName = word.length >= 4 ? tools.index.speller.correctWithDistance(word) : undefined;
  if (
    asName &&
    (!asWord || asName.distance < asWord.distance || (upper && asName.distance <= asWord.distance))
  )
    return { word: asName.word, name: true };
  // a vocabulary word that is also a name ("ungee" → "ungge"): matched as a name after all
  if (asWord) return { word: asWord.word, name: tools.index.byKey.has(asWord.word) };
  return undefined;
}

/** Corrects misspelt words in place; true when a word was corrected toward a name. */
export function correctSpelling(scan: Scan, tools: Tools): boolean {
  const { words, consumed, corrected } = scan;
  let towardNames = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    if (
      consumed[i] ||
      tools.known.has(word) ||
      tools.index.byKey.has(word) ||
      /\d/.test(word) ||
      hasJapanese(word)
    )
      continue;
    // a short acronym typed in capitals is taken as typed: one letter away is another body ("ACSM" is not ACSC)
    const upper = scan.tokens[i]?.upper ?? false;
    if (upper && word.length <= 4) continue;
    const better = correction(tools, word, upper);
    if (!better) continue;
    words[i] = better.word;
    if (better.name) {
      corrected[i] = true;
      towardNames = true;
    }
  }
  return towardNames;
}
