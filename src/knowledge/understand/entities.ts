/**
 * Finds the organisations, people and glossary terms a question names: exact names first (longest wins),
 * then again after correcting misspelt words toward the names' own words ("mizushma", "JPCRT", "Afairs");
 * Japanese names as substrings. Also the side (Japan / Australia) and the cities a question mentions.
 */
import type { Side } from "../answer-types.ts";
import type { EntityRef, NameForm, NameIndex } from "../indexes.ts";
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
  for (const form of index.japaneseFormsIn(compact)) {
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

const KANJI = /^[\u3400-\u4DBF\u4E00-\u9FFF]+$/;
/** What may follow a surname written alone: a title or a particle. */
const AFTER_SURNAME = /^(?:大使|氏|さん|議長|共同議長|首相|総理|は|が|の|も|と)/;

/**
 * Kanji that are read alike or are variants of each other, as found in names (しま, たか, だ/た, いち, こう,
 * まさ, と/ひと, べ, しん, ぞう/さん, おか, みず). One wrong character of a name must be one of its group.
 */
const READING_GROUPS = [
  "島嶋嶌",
  "高鷹髙隆孝貴崇",
  "田多",
  "一市壱",
  "光晃広弘宏浩康幸",
  "正政昌雅将",
  "人仁",
  "倍部辺",
  "晋新信伸真進",
  "三参蔵造",
  "岡丘",
  "水瑞",
  "鷲鶴",
];
const sameReading = (a: string, b: string) => READING_GROUPS.some((g) => g.includes(a) && g.includes(b));

/**
 * People written in kanji with one character wrong (a homophone or a variant: "水島" for 水嶋, "大高" for
 * 大鷹): a window of the question as long as a recorded kanji name that differs from it in one character.
 * A two-character surname must keep its first character and be followed by a title or a particle.
 */
/** Kanji-only names of people by their first character (built once per index). */
const KANJI_PEOPLE = new WeakMap<NameIndex, Map<string, NameForm[]>>();
function kanjiPeople(index: NameIndex): Map<string, NameForm[]> {
  let byFirst = KANJI_PEOPLE.get(index);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const form of index.japaneseForms) {
    if (form.ref.kind !== "person" || !KANJI.test(form.compact) || form.compact.length < 2) continue;
    const first = form.compact[0] ?? "";
    const list = byFirst.get(first) ?? [];
    list.push(form);
    byFirst.set(first, list);
  }
  KANJI_PEOPLE.set(index, byFirst);
  return byFirst;
}

export function fuzzyJapanesePeople(
  index: NameIndex,
  rest: string,
): { mentions: EntityMention[]; rest: string } {
  const mentions: EntityMention[] = [];
  if (!/[\u3400-\u9FFF]/.test(rest)) return { mentions, rest };
  let out = rest;
  const byFirst = kanjiPeople(index);
  // the wrong character is never the first one: candidates share a character of the question as their first
  const candidates = new Set<NameForm>();
  for (const ch of new Set(rest)) for (const form of byFirst.get(ch) ?? []) candidates.add(form);
  for (const form of candidates) {
    if (mentions.some((m) => m.ref.id === form.ref.id)) continue;
    const name = form.compact;
    for (let at = 0; at + name.length <= out.length; at++) {
      if (out[at] !== name[0]) continue;
      const window = out.slice(at, at + name.length);
      if (!KANJI.test(window)) continue;
      let diff = 0;
      let where = -1;
      for (let k = 0; k < name.length && diff <= 1; k++) {
        if (window[k] !== name[k]) {
          diff++;
          where = k;
        }
      }
      if (diff !== 1 || !sameReading(window[where] ?? "", name[where] ?? "")) continue;
      if (name.length === 2 && !AFTER_SURNAME.test(out.slice(at + 2))) continue;
      out = out.slice(0, at) + "□".repeat(name.length) + out.slice(at + name.length);
      mentions.push({
        ref: form.ref,
        alternatives: [form.ref],
        typed: window,
        corrected: true,
        start: -1,
        end: -1,
      });
      break;
    }
  }
  return { mentions, rest: out };
}
