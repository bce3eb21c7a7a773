/**
 * A question that lists several claims ("r1 canberra, r2 tokyo, r3 canberra right?",
 * 「第1回はキャンベラ、第2回は東京ですよね」) cut into its parts, each read on its own — never inside a name
 * the reading found ("Cabinet Intelligence and Research Office" is one organisation, not two claims).
 */
// not the comma of a date ("February 13, 2016")
const CUT = /\s*(?:[,，](?!\s*(?:19|20)\d\d\b)|[;；、]|\s(?:and|but|while|whereas|then)\s|。(?=.))\s*/giu;

/** Where each cut is: [start, end) character ranges of the separators. */
function cuts(text: string): [number, number][] {
  return [...text.matchAll(CUT)].map((m) => [m.index, m.index + m[0].length]);
}

/** The character ranges of the names found in the text (case-insensitive, every occurrence). */
function nameRanges(text: string, names: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (key.length === 0) continue;
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length))
      ranges.push([at, at + key.length]);
  }
  return ranges;
}

/** "r1 canberra r2 tokyo r3 canberra": a list of rounds written without separators is cut before each round. */
const ROUND_START = /\s+(?=(?:r|#)\d+\b|round \d+\b)|(?<=\S)\s*(?=第\s*\d+\s*回)/giu;
const ROUND_TOKEN = /(?:^|\s)(?:(?:r|#)\d+\b|round \d+\b)|第\s*\d+\s*回/giu;

/** Words that relate the rounds of a sentence to each other: then it is one claim, not a list. */
const RELATES =
  /\b(?:or|and|both|either|than|like|as|before|after|that|say|said|would|will|announc\w*|same|also|between)\b|と|より|前|後|同じ/i;

function roundCuts(text: string): [number, number][] {
  if ((text.match(ROUND_TOKEN) ?? []).length < 2 || RELATES.test(text)) return [];
  return [...text.matchAll(ROUND_START)].map((m) => [m.index, m.index + m[0].length]);
}

/** The parts of `text` between its separators, except separators inside one of `names`. */
export function splitClaims(text: string, names: readonly string[] = []): string[] {
  const inside = nameRanges(text, names);
  const parts: string[] = [];
  let from = 0;
  const separators = cuts(text);
  for (const [start, end] of separators.length > 0 ? separators : roundCuts(text)) {
    if (inside.some(([a, b]) => start >= a && end <= b)) continue;
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}
