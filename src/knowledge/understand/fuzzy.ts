/**
 * Spelling correction of single words toward a known vocabulary (intent words and name words),
 * by edit distance with a deletion index (SymSpell): a few map look-ups per word, whatever the vocabulary size.
 */

// Rows of the distance table, reused between calls (words are short; longer ones get new rows).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), capped at max+1. */
export function editDistance(a: string, b: string, max = 2): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  if (cols > rowA.length) {
    rowA = new Int32Array(cols * 2);
    rowB = new Int32Array(cols * 2);
    rowC = new Int32Array(cols * 2);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let current = rowC;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(
        (prev[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = current;
    current = spare;
  }
  return Math.min(prev[cols - 1] as number, max + 1);
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) {
      out.add(shorter);
      deletes(shorter, depth - 1, out);
    }
  }
}

/** How many edits a word of this length may need to be corrected: short words must be (almost) right. */
export function allowedEdits(length: number): number {
  if (length <= 2) return 0;
  if (length <= 7) return 1;
  return 2;
}

/**
 * Deletion variants are made from the first PREFIX letters of a word only (SymSpell's prefix scheme): a
 * long word then costs about as much to index as a seven-letter one, and a candidate found through its
 * prefix is still checked against the whole word. Words of up to PREFIX letters are indexed exactly as before.
 */
const PREFIX = 7;

function variantsOf(word: string, depth: number): Set<string> {
  const variants = new Set<string>([word]);
  const head = word.length > PREFIX ? word.slice(0, PREFIX) : word;
  variants.add(head);
  deletes(head, depth, variants);
  return variants;
}

type Correction = { word: string; distance: number } | undefined;

/** At most this many corrections are remembered (a flood of new words is corrected, not remembered). */
const MAX_REMEMBERED = 10_000;

export class Speller {
  readonly #words = new Set<string>();
  /** corrections already worked out, by word and allowed edits (cleared when a word is added) */
  readonly #remembered = new Map<string, Correction>();
  readonly #index = new Map<string, string[]>();
  readonly #maxEdits: number;

  readonly #group: (word: string) => string;

  /** `group` says which words mean the same for a tie ("cochaired" and "cochair" are both co-chair words). */
  constructor(words: Iterable<string>, maxEdits = 2, group: (word: string) => string = (word) => word) {
    this.#maxEdits = maxEdits;
    this.#group = group;
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    if (!word || this.#words.has(word) || word.length > 30) return;
    this.#words.add(word);
    this.#remembered.clear();
    for (const variant of variantsOf(word, this.#maxEdits)) {
      const list = this.#index.get(variant);
      if (list) list.push(word);
      else this.#index.set(variant, [word]);
    }
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  /**
   * The one vocabulary word nearest to `word` within its allowed edits; undefined when none, or when
   * two words of different groups are equally near (a guess between two readings is no correction).
   * Words of up to five letters must keep their first letter ("asia" is not "psia").
   */
  correct(word: string, maxEdits = allowedEdits(word.length)): string | undefined {
    return this.correctWithDistance(word, maxEdits)?.word;
  }

  correctWithDistance(word: string, maxEdits = allowedEdits(word.length)): Correction {
    if (this.#words.has(word)) return { word, distance: 0 };
    const key = `${maxEdits}:${word}`;
    if (this.#remembered.has(key)) return this.#remembered.get(key);
    const found = this.#nearest(word, maxEdits);
    if (this.#remembered.size < MAX_REMEMBERED) this.#remembered.set(key, found);
    return found;
  }

  #nearest(word: string, maxEdits: number): Correction {
    if (maxEdits <= 0 || word.length > 30) return undefined;
    const limit = Math.min(maxEdits, this.#maxEdits);
    const variants = variantsOf(word, limit);
    let best: string[] = [];
    let bestDistance = limit + 1;
    const seen = new Set<string>();
    for (const variant of variants) {
      for (const candidate of this.#index.get(variant) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (word.length <= 5 && candidate[0] !== word[0]) continue;
        const distance = editDistance(word, candidate, limit);
        if (distance < bestDistance) {
          best = [candidate];
          bestDistance = distance;
        } else if (distance === bestDistance) {
          best.push(candidate);
        }
      }
    }
    // vowels left out when typing fast ("whn" → "when", not "who" or "why"): the one whose consonants are the word
    const skeleton = best.filter((candidate) => candidate.replace(/[aeiou]/g, "") === word);
    if (skeleton.length === 1) best = skeleton;
    const first = best[0];
    if (first === undefined || bestDistance > limit) return undefined;
    const group = this.#group(first);
    if (best.some((candidate) => this.#group(candidate) !== group)) return undefined;
    return { word: first, distance: bestDistance };
  }
}
