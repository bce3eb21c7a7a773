/**
 * Base forms of English words for matching cue words: the Porter2 (Snowball English) stemmer, so that a
 * cue word in the lexicon matches its inflections ("attend" → "attended", "attendance", "attending").
 */
import porter2 from "wink-porter2-stemmer";

const cache = new Map<string, string>();

/** The stem of a word in matching form (lower case); cached, the vocabulary of questions is small. */
export function stem(word: string): string {
  let out = cache.get(word);
  if (out === undefined) {
    out = /^[a-z]+$/.test(word) ? porter2(word) : word;
    if (cache.size < 20_000) cache.set(word, out);
  }
  return out;
}

/**
 * The regular inflections of a base form that share its stem ("attend" → "attends", "attended",
 * "attending"): the words a misspelling may be corrected to.
 */
export function inflections(base: string): string[] {
  const e = base.endsWith("e");
  const root = e ? base.slice(0, -1) : base;
  const last = base.at(-1) ?? "";
  const double = /[^aeiou][aeiou][bdglmnprt]$/.test(base) && base.length <= 5 ? `${base}${last}` : root;
  const candidates = [
    base,
    /(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`,
    e ? `${base}d` : `${double}ed`,
    `${double}ing`,
    `${root}ion`,
    `${root}ions`,
  ];
  const key = stem(base);
  return [...new Set(candidates)].filter((w) => stem(w) === key);
}
