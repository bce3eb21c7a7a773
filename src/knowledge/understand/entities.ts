/**
 * Finds the organisations, people and glossary terms a question names: exact names first (longest wins),
 * then again after correcting misspelt words toward the names' own words ("mizushma", "JPCRT", "Afairs");
 * Japanese names as substrings. Also the side (Japan / Australia) and the cities a question mentions.
 */
import type { Side } from "../answer-types.ts";
import type { EntityRef, NameIndex } from "../indexes.ts";
import { SIDE_WORDS } from "./vocabulary.ts";

export interface EntityMention {
  ref: EntityRef;
  /** every entity the words may name, when they name more than one */
  alternatives: EntityRef[];
  /** the words as typed */
  typed: string;
  /** matched after spelling correction */
  corrected: boolean;
  /** token span [start, end) in the English words, or -1 for Japanese */
  start: number;
  end: number;
}

/**
 * Longest-first exact matching of names over the words (with "the" skipped).
 * `consumed` marks the words already part of a name; matched words are added to it.
 */
export function matchNames(
  index: NameIndex,
  words: string[],
  typed: string[],
  consumed: boolean[],
  corrected: boolean[],
): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (consumed[i] || words[i] === "the") continue;
    const longest = index.firstWords.get(words[i] ?? "");
    if (longest === undefined) continue;
    for (let len = Math.min(longest + 2, words.length - i); len >= 1; len--) {
      const span: string[] = [];
      let ok = true;
      for (let j = i; j < i + len; j++) {
        if (consumed[j]) {
          ok = false;
          break;
        }
        if (words[j] !== "the") span.push(words[j] ?? "");
      }
      if (!ok || span.length === 0 || words[i + len - 1] === "the") continue;
      const refs = index.byKey.get(span.join(" "));
      if (!refs || refs.length === 0) continue;
      const first = refs[0];
      if (!first) continue;
      let wasCorrected = false;
      for (let j = i; j < i + len; j++) {
        consumed[j] = true;
        if (corrected[j]) wasCorrected = true;
      }
      out.push({
        ref: first,
        alternatives: refs,
        typed: typed.slice(i, i + len).join(" "),
        corrected: wasCorrected,
        start: i,
        end: i + len,
      });
      i += len - 1;
      break;
    }
  }
  return out;
}

/** Japanese names found as substrings of the (space-free) question; their spans are blanked out. */
export function matchJapaneseNames(
  index: NameIndex,
  compact: string,
): { mentions: EntityMention[]; rest: string } {
  let rest = compact;
  const mentions: EntityMention[] = [];
  if (!/[\u3040-\u30FF\u3400-\u9FFF]/.test(compact)) return { mentions, rest };
  for (const form of index.japaneseForms) {
    const at = rest.indexOf(form.compact);
    if (at < 0) continue;
    rest = rest.slice(0, at) + "□".repeat(form.compact.length) + rest.slice(at + form.compact.length);
    const refs = index.byKey.get(form.key) ?? [form.ref];
    mentions.push({
      ref: form.ref,
      alternatives: refs,
      typed: form.display,
      corrected: false,
      start: -1,
      end: -1,
    });
  }
  return { mentions, rest };
}

/**
 * The side a question asks about: "Australian", "Japan's", "日本側", "豪州"… but not the dialogue's own
 * name ("Japan-Australia", "日豪") and not words inside an organisation's name ("CERT Australia").
 */
export function detectSide(words: string[], consumed: boolean[], japaneseRest: string): Side | undefined {
  const found = new Set<Side>();
  for (let i = 0; i < words.length; i++) {
    if (consumed[i]) continue;
    const side = SIDE_WORDS[words[i] ?? ""];
    if (!side) continue;
    const other = (w: string | undefined) => (w ? SIDE_WORDS[w] : undefined);
    const neighbours = [
      other(words[i - 1]),
      other(words[i + 1]),
      words[i + 1] === "and" ? other(words[i + 2]) : undefined,
    ];
    const prevPair = words[i - 1] === "and" ? other(words[i - 2]) : undefined;
    if (neighbours.some((s) => s && s !== side) || (prevPair && prevPair !== side)) continue;
    found.add(side);
  }
  const ja = japaneseRest.replace(
    /日豪|豪日|日本と(?:オーストラリア|豪州)|(?:オーストラリア|豪州)と日本|日・豪|両国/g,
    "",
  );
  if (/日本|わが国|我が国/.test(ja)) found.add("JP");
  if (/豪|オーストラリア/.test(ja)) found.add("AU");
  return found.size === 1 ? [...found][0] : undefined;
}
