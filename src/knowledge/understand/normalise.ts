/**
 * Text clean-up shared by every part of understanding: bounded, safe and the same for questions and names.
 */

/** How much of a question is analysed; the rest is ignored (a question is a sentence, not a document). */
export const MAX_ANALYSED_CHARS = 500;

const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls (tab and newlines become spaces), zero-width characters, bidi controls, BOM, soft hyphen.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|\uFE0F|\uFE0E/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** Makes any string safe to analyse: no lone surrogates, no invisible or control characters, bounded. */
export function cleanInput(raw: unknown, maxChars = MAX_ANALYSED_CHARS): string {
  // one answer cleans its question in several layers (conversation, claims, reading): the last one is kept
  if (raw === lastCleaned.raw && maxChars === lastCleaned.max) return lastCleaned.text;
  const text = cleanText(typeof raw === "string" ? raw : raw == null ? "" : String(raw), maxChars);
  if (typeof raw === "string") Object.assign(lastCleaned, { raw, max: maxChars, text });
  return text;
}

const lastCleaned = { raw: "", max: 0, text: "" };

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

function cleanText(input: string, maxChars: number): string {
  let text = input;
  // A long input keeps its beginning and its end: the question is often the last sentence of a long message.
  if (text.length > maxChars * 4) text = `${text.slice(0, maxChars * 2)} ${text.slice(-maxChars * 2)}`;
  // (printable ASCII has nothing to take out and is its own NFKC form)
  if (!PRINTABLE_ASCII.test(text)) {
    text = text.replace(LONE_SURROGATES, "").replace(INVISIBLE, "").replace(CONTROLS, " ").normalize("NFKC");
  }
  text = expandShortYears(text.replace(/\s+/g, " ").trim());
  if (text.length > maxChars) text = headAndTail(text, maxChars).replace(LONE_SURROGATES, "");
  return text.replace(/\s+/g, " ").trim();
}

/** A year written with an apostrophe and two digits ("in '16", "’17") read as the full year of this century. */
export const expandShortYears = (text: string): string =>
  text.replace(/(^|[\s(])['’‘](\d{2})(?![\d'’%])/g, (_m, before: string, yy: string) => `${before}20${yy}`);

/** At most `max` characters: about the first 45 % and the last 55 %, cut at spaces where there are some. */
function headAndTail(text: string, max: number): string {
  const headMax = Math.floor(max * 0.45);
  const tailMax = max - headMax - 1;
  let head = text.slice(0, headMax);
  const space = head.lastIndexOf(" ");
  if (space > headMax * 0.6) head = head.slice(0, space);
  let tail = text.slice(text.length - tailMax);
  const tailSpace = tail.indexOf(" ");
  if (tailSpace >= 0 && tailSpace < tailMax * 0.4) tail = tail.slice(tailSpace + 1);
  return `${head} ${tail}`;
}

const JAPANESE_SCRIPT = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]/;
const KANA = /[\u3040-\u30FF]/;

/** Japanese by script: any kana, or kanji in a text with no more Latin letters than kanji. */
export function looksJapanese(text: string): boolean {
  if (!JAPANESE_SCRIPT.test(text)) return false;
  // An English sentence quoting a Japanese name: "What is 内閣サイバーセキュリティセンター in English?"
  const latinWords = text.match(/[A-Za-z]{2,}/g) ?? [];
  if (
    /^\s*(?:what|who|which|when|where|how|was|were|is|are|did|does|do|has|have|tell|list)\b/i.test(text) &&
    latinWords.length >= 3
  ) {
    return false;
  }
  if (KANA.test(text)) return true;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const han = text.match(/[\u3400-\u4DBF\u4E00-\u9FFF]/g)?.length ?? 0;
  return han >= latin / 4;
}

export const hasJapanese = (text: string) => JAPANESE_SCRIPT.test(text);

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bdept\b\.?/g, "department"],
  [/\bdepts\b\.?/g, "departments"],
  [/\bgovt\b\.?/g, "government"],
  [/\bgov\b\.?/g, "government"],
  [/\bmin\b\.?(?= of)/g, "ministry"],
  [/\bnat(?:'|)l\b\.?/g, "national"],
  [/\bint(?:'|)l\b\.?/g, "international"],
  [/\bcentre\b/g, "center"],
  [/\bcentres\b/g, "centers"],
  [/\borganisation/g, "organization"],
  [/\brnd\b\.?/g, "round"],
  [/\brnds\b\.?/g, "rounds"],
  [/\bmtg\b\.?/g, "meeting"],
  [/\bco[\s-]+chair/g, "cochair"],
  [/\bco[\s-]+host/g, "cohost"],
];

/**
 * The matching form of a text: NFKC, lower case, "&" as "and", common abbreviations spelt out,
 * possessives and punctuation removed, single spaces. Japanese is kept as is (minus spaces and ・).
 */
/** Latin letters without their accents ("Ōtaka" → "Otaka"); Japanese is left as it is. */
export function stripLatinMarks(text: string): string {
  if (!/[\u00C0-\u024F\u1E00-\u1EFF]/.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/(\p{Script=Latin})\p{M}+/gu, "$1")
    .normalize("NFC");
}

export function matchKey(text: string): string {
  let key = stripLatinMarks(text.normalize("NFKC")).toLowerCase();
  key = key.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');
  key = key.replace(/&/g, " and ");
  for (const [pattern, replacement] of ABBREVIATIONS) key = key.replace(pattern, replacement);
  key = key.replace(/'s\b/g, "").replace(/s'(?=\s|$)/g, "s");
  key = key.replace(/[^\p{L}\p{N}\s#]+/gu, " ");
  key = key.replace(/\s+/g, " ").trim();
  // Japanese runs need no spaces: "水嶋 光一" and "水嶋光一" are one name.
  key = key.replace(/(?<=[\u3040-\u30FF\u3400-\u9FFF])\s+(?=[\u3040-\u30FF\u3400-\u9FFF])/g, "");
  return key;
}

/** A matching key without spaces, for substring search of Japanese (and mixed) names. */
export const compactKey = (text: string) => matchKey(text).replace(/\s+/g, "");

const WORD_ABBREVIATIONS: Record<string, string> = {
  dept: "department",
  depts: "departments",
  govt: "government",
  gov: "government",
  natl: "national",
  intl: "international",
  rnd: "round",
  rnds: "rounds",
  mtg: "meeting",
  rd: "round",
  rds: "rounds",
  mtgs: "meetings",
  mtng: "meeting",
  cpd: "cyber policy dialogue",
  whered: "where did",
  whend: "when did",
  whod: "who did",
  howd: "how did",
  whatd: "what did",
  centre: "center",
  centres: "centers",
};

/** The matching form of one word (a token of `tokenise`): what matchKey gives, without its whole-text work. */
export function wordKey(raw: string): string {
  if (!/^[a-z0-9#]+$/i.test(raw)) {
    const plain = stripLatinMarks(raw);
    if (plain === raw || !/^[a-z0-9#]+$/i.test(plain)) return matchKey(raw);
    return wordKey(plain);
  }
  const lower = raw.toLowerCase();
  // "R2", "rd3", "Rnd.4": a round written short
  const short = /^(?:r|rd|rnd)(\d{1,9})$/.exec(lower);
  if (short) return `round ${short[1]}`;
  const abbreviation = WORD_ABBREVIATIONS[lower];
  if (abbreviation) return abbreviation;
  if (lower.startsWith("organisation")) return `organization${lower.slice(12)}`;
  return lower;
}

export interface Token {
  /** the matching form of the word */
  text: string;
  /** the word as typed (after clean-up) */
  raw: string;
  /** true when typed in capitals (an acronym), e.g. "NPA" */
  upper: boolean;
}

/** What tokenise rewrites before cutting words: without one of these, the text is cut as it is. */
const TOKEN_REWRITES = /[&@’']|\b[Cc]o[\s-]+[Cc]hair/;

/** Latin words and numbers of a cleaned question, in order; Japanese runs become one token each. */
export function tokenise(cleaned: string): Token[] {
  const tokens: Token[] = [];
  const prepared = !TOKEN_REWRITES.test(cleaned)
    ? cleaned
    : cleaned
        .replace(/&/g, " and ")
        .replace(/\s@\s?/g, " at ")
        .replace(/\b[Cc]o[\s-]+([Cc]hair)/g, "co$1")
        // possessives, of words and of numbers ("round 4's co-chairs")
        .replace(/\b([A-Za-z0-9]+)'s\b/g, "$1")
        .replace(/[’']/g, "");
  // Latin words and Japanese runs are separate tokens even when written together ("NISCとは").
  for (const match of prepared.matchAll(
    /[\p{Script=Latin}\p{N}#]+|[^\s\p{Script=Latin}\p{N}#\p{P}\p{S}]+/gu,
  )) {
    const raw = match[0];
    const text = wordKey(raw);
    if (!text) continue;
    for (const part of text.split(" ")) {
      tokens.push({
        text: part,
        raw,
        upper: raw.length >= 2 && raw === raw.toUpperCase() && /[A-Z]/.test(raw),
      });
    }
  }
  return tokens;
}

/** Cuts text to at most `max` characters on a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(" ");
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(LONE_SURROGATES, "")}…`;
}
