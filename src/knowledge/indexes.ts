/**
 * Name indexes over the knowledge base, built once: every name, acronym and alias of organisations,
 * people and glossary terms, in both languages, plus generated variants (surname, reversed order,
 * "Defence"/"Defense", "of Japan" dropped). Lookup is exact first, then word-by-word spelling correction,
 * then fuse.js over the names with a verification step so that a near miss is never taken for a match
 * ("Australian Federal Police" is not the "Australian Cyber Security Centre").
 */
import Fuse from "fuse.js";
import type { KnowledgeBase } from "./load.ts";
import { allowedEdits, editDistance, Speller } from "./understand/fuzzy.ts";
import { compactKey, hasJapanese, matchKey } from "./understand/normalise.ts";
import { STOPWORDS } from "./understand/vocabulary.ts";

export type EntityKind = "organisation" | "person" | "term";

export interface EntityRef {
  kind: EntityKind;
  id: string;
}

export interface NameForm {
  /** matching key (see matchKey), without "the" */
  key: string;
  /** the key without spaces */
  compact: string;
  /** the name as written in the data */
  display: string;
  ref: EntityRef;
  /** true for forms in Japanese script (matched as substrings, never fuzzily) */
  japanese: boolean;
}

export interface LookupResult {
  ref: EntityRef;
  form: NameForm;
  /** how the name was matched: exactly, after correcting the spelling of its words, or by fuse.js */
  how: "exact" | "corrected" | "fuzzy";
  /** 0 = exact … 1 = no match (fuse's score for fuzzy matches) */
  score: number;
}

/**
 * fuse.js threshold for names. Tuned on the real names (test/knowledge/indexes.test.ts):
 * at 0.35 "Dept of Home Afairs", "Home Affairs dept", "Cabinet Intelligence Research" are found, while
 * the verification step rejects what fuse alone would accept ("Australian Federal Police").
 */
export const FUSE_THRESHOLD = 0.35;

/** Words that carry no identity in a name. */
const NAME_FILLER = new Set(["the", "of", "and", "for", "in", "on", "s"]);

export const refKey = (ref: EntityRef) => `${ref.kind}:${ref.id}`;

const withoutThe = (key: string) =>
  key
    .split(" ")
    .filter((token) => token !== "the")
    .join(" ");

export class NameIndex {
  readonly forms: NameForm[] = [];
  /** Latin-script keys → entities (more than one when a name is shared) */
  readonly byKey = new Map<string, EntityRef[]>();
  /** Japanese-script forms, longest first (substring matching) */
  readonly japaneseForms: NameForm[];
  /** the longest Latin key, in words */
  readonly maxWords: number;
  /** for each first word of a Latin key, the longest key (in words) that starts with it */
  readonly firstWords = new Map<string, number>();
  /** every word of every Latin name, for spelling correction */
  readonly speller: Speller;
  /** the fuzzy index, built on first use (most questions never need it) */
  #fuseIndex: Fuse<NameForm> | undefined;
  readonly #byRef = new Map<string, NameForm[]>();
  /** Japanese forms by their compact text, with their place in japaneseForms */
  readonly #japaneseByCompact = new Map<string, { form: NameForm; order: number }[]>();
  readonly #japaneseLengths: number[];

  /** names already looked up (see lookup) */
  readonly #looked = new Map<string, LookupResult | undefined>();
  /** Latin forms by the first two letters of each of their words */
  readonly #byPrefix = new Map<string, NameForm[]>();
  readonly kb: KnowledgeBase;

  constructor(kb: KnowledgeBase) {
    this.kb = kb;
    const add = (ref: EntityRef, name: string | undefined, generated = false) => {
      if (!name) return;
      const key = withoutThe(matchKey(name));
      if (!key) return;
      const japanese = hasJapanese(key);
      const owners = this.byKey.get(key);
      if (generated && owners?.some((owner) => refKey(owner) !== refKey(ref))) return;
      if (owners?.some((owner) => refKey(owner) === refKey(ref))) return;
      const form: NameForm = { key, compact: key.replace(/\s+/g, ""), display: name, ref, japanese };
      this.forms.push(form);
      if (owners) owners.push(ref);
      else this.byKey.set(key, [ref]);
      const list = this.#byRef.get(refKey(ref));
      if (list) list.push(form);
      else this.#byRef.set(refKey(ref), [form]);
    };

    for (const org of kb.organisations.values()) {
      const ref: EntityRef = { kind: "organisation", id: org.id };
      const names = [org.name.en, org.name.ja, org.acronym, ...org.aliases];
      for (const name of names) add(ref, name);
      for (const name of names) {
        if (!name) continue;
        add(ref, name.replace(/,?\s+(?:of\s+)?Japan$/i, ""), true);
        add(ref, name.replace(/\s*\((?:Japan|Australia)\)$/i, ""), true);
        if (/defen[cs]e/i.test(name)) {
          add(ref, name.replace(/defence/gi, "Defense"), true);
          add(ref, name.replace(/defense/gi, "Defence"), true);
        }
        if (org.acronym && /[^A-Za-z0-9]/.test(org.acronym))
          add(ref, org.acronym.replace(/[^A-Za-z0-9]/g, ""), true);
      }
    }
    for (const person of kb.people.values()) {
      const ref: EntityRef = { kind: "person", id: person.id };
      add(ref, person.name.en);
      add(ref, person.name.ja);
      for (const alias of person.aliases) add(ref, alias);
      const en = person.name.en?.split(/\s+/) ?? [];
      if (en.length >= 2) {
        add(ref, [...en].reverse().join(" "), true);
        add(ref, en[en.length - 1], true);
      }
      const jaParts = person.name.ja?.split(/[・\s]+/) ?? [];
      if (jaParts.length >= 2) add(ref, jaParts[jaParts.length - 1], true);
    }
    for (const term of kb.glossary) {
      const ref: EntityRef = { kind: "term", id: term.id };
      add(ref, term.term);
      for (const alias of term.aliases) add(ref, alias);
      add(ref, term.expansion?.en?.replace(/\s*\(.*\)\s*$/, ""), true);
      add(ref, term.expansion?.ja, true);
    }

    this.japaneseForms = this.forms
      .filter((form) => form.japanese)
      .sort((a, b) => b.compact.length - a.compact.length);
    this.#japaneseLengths = this.#indexJapanese();
    for (const form of this.forms) {
      if (form.japanese) continue;
      const keyWords = form.key.split(" ");
      const head = keyWords[0] ?? "";
      this.firstWords.set(head, Math.max(this.firstWords.get(head) ?? 0, keyWords.length));
      for (const word of new Set(keyWords.map((w) => w.slice(0, 2)))) {
        const list = this.#byPrefix.get(word);
        if (list) list.push(form);
        else this.#byPrefix.set(word, [form]);
      }
    }
    this.maxWords = Math.max(1, ...this.forms.filter((f) => !f.japanese).map((f) => f.key.split(" ").length));
    const words = new Set<string>();
    for (const form of this.forms) {
      if (form.japanese) continue;
      for (const word of form.key.split(" ")) if (word.length >= 4 && !STOPWORDS.has(word)) words.add(word);
    }
    this.speller = new Speller(words);
  }

  /** Japanese forms by their compact text, for japaneseFormsIn; returns the lengths there are. */
  #indexJapanese(): number[] {
    this.japaneseForms.forEach((form, order) => {
      const list = this.#japaneseByCompact.get(form.compact);
      if (list) list.push({ form, order });
      else this.#japaneseByCompact.set(form.compact, [{ form, order }]);
    });
    return [...new Set(this.japaneseForms.map((f) => f.compact.length))];
  }

  /**
   * The Japanese forms that occur in a compact text, in the order of japaneseForms (longest first): looked up
   * by the text's substrings when that is cheaper than trying every form (a large knowledge base).
   */
  japaneseFormsIn(compact: string): NameForm[] {
    const lookups = compact.length * this.#japaneseLengths.length;
    if (lookups >= this.japaneseForms.length)
      return this.japaneseForms.filter((f) => compact.includes(f.compact));
    const found: { form: NameForm; order: number }[] = [];
    const seen = new Set<string>();
    for (const length of this.#japaneseLengths) {
      for (let at = 0; at + length <= compact.length; at++) {
        const piece = compact.slice(at, at + length);
        if (seen.has(piece)) continue;
        seen.add(piece);
        found.push(...(this.#japaneseByCompact.get(piece) ?? []));
      }
    }
    return found.sort((a, b) => a.order - b.order).map((f) => f.form);
  }

  get #fuse(): Fuse<NameForm> {
    this.#fuseIndex ??= new Fuse(
      this.forms.filter((form) => !form.japanese),
      {
        keys: ["key"],
        threshold: FUSE_THRESHOLD,
        ignoreLocation: true,
        includeScore: true,
        minMatchCharLength: 2,
      },
    );
    return this.#fuseIndex;
  }

  formsOf(ref: EntityRef): NameForm[] {
    return this.#byRef.get(refKey(ref)) ?? [];
  }

  /** Exact look-up of a matching key; undefined when unknown or shared by two entities. */
  exact(key: string, kinds?: readonly EntityKind[]): EntityRef | undefined {
    const refs = (this.byKey.get(key) ?? []).filter((ref) => !kinds || kinds.includes(ref.kind));
    return refs.length === 1 ? refs[0] : undefined;
  }

  /**
   * The entity a name (as typed: any language, acronym, alias, misspelt) stands for, or undefined.
   * Never throws; long input is cut to 120 characters.
   */
  lookup(name: string, kinds?: readonly EntityKind[]): LookupResult | undefined {
    // a name looked up once is looked up again from memory (the index does not change); bounded
    const memo = `${kinds?.join(",") ?? ""}\u0000${name}`;
    if (this.#looked.has(memo)) return this.#looked.get(memo);
    const found = this.#lookup(name, kinds);
    if (this.#looked.size < 5_000) this.#looked.set(memo, found);
    return found;
  }

  #lookup(name: string, kinds?: readonly EntityKind[]): LookupResult | undefined {
    const typed = name.slice(0, 120);
    const key = withoutThe(matchKey(typed));
    if (!key) return undefined;
    const pick = (k: string, how: LookupResult["how"], score: number): LookupResult | undefined => {
      const ref = this.exact(k, kinds);
      if (!ref) return undefined;
      const form = this.formsOf(ref).find((f) => f.key === k) ?? this.formsOf(ref)[0];
      return form ? { ref, form, how, score } : undefined;
    };
    const exact = pick(key, "exact", 0);
    if (exact) return exact;
    // a short acronym typed in capitals is exact or nothing: one letter away is another body ("ACSM" is not ACSC)
    if (/^[A-Z][A-Z0-9&/.-]{1,3}$/.test(typed.trim())) return undefined;
    if (hasJapanese(key)) {
      const compact = compactKey(typed);
      for (const form of this.japaneseForms) {
        if (form.compact === compact && (!kinds || kinds.includes(form.ref.kind))) {
          return { ref: form.ref, form, how: "exact", score: 0 };
        }
      }
      return undefined;
    }
    const corrected = key
      .split(" ")
      .map((word) => (word.length >= 4 ? (this.speller.correct(word) ?? word) : word))
      .join(" ");
    if (corrected !== key) {
      const hit = pick(corrected, "corrected", 0.1);
      if (hit) return hit;
    }
    return this.fuzzy(key, kinds);
  }

  /** fuse.js candidates, kept only when every identifying word of the query is in the name (spelling aside). */
  fuzzy(key: string, kinds?: readonly EntityKind[]): LookupResult | undefined {
    if (key.length < 3) return undefined;
    // Only names sharing a word's first letters can pass the word check: fuse.js ranks those.
    const candidates = new Set<NameForm>();
    for (const word of key.split(" ")) {
      if (NAME_FILLER.has(word)) continue;
      for (const form of this.#byPrefix.get(word.slice(0, 2)) ?? []) {
        if (!kinds || kinds.includes(form.ref.kind)) candidates.add(form);
      }
    }
    const matches = [...candidates].filter((form) => wordsCovered(key, form.key));
    const first = matches[0];
    if (!first) return undefined;
    // One entity (also for words in another order, "Home Affairs dept"): that one.
    if (matches.every((m) => refKey(m.ref) === refKey(first.ref))) {
      return { ref: first.ref, form: first, how: "fuzzy", score: 0.5 };
    }
    // Several: the one fuse.js ranks best within its threshold, if any.
    if (key.length <= 32) {
      for (const result of this.#fuse.search(key, { limit: 8 })) {
        if (matches.includes(result.item)) {
          return { ref: result.item.ref, form: result.item, how: "fuzzy", score: result.score ?? 1 };
        }
      }
    }
    return undefined;
  }

  /** fuse.js search without verification, best first (for search and autocomplete). */
  search(text: string, limit = 20): { form: NameForm; score: number }[] {
    const key = withoutThe(matchKey(text.slice(0, 120)));
    if (key.length < 2) return [];
    return this.#fuse.search(key, { limit }).map((r) => ({ form: r.item, score: r.score ?? 1 }));
  }
}

/** Spelling slack for a word of a name: none for three letters ("NSA" is not "NSS"). */
export const nameEdits = (length: number) => (length <= 3 ? 0 : allowedEdits(length));

/**
 * True when every identifying word of `query` has a counterpart in `name` (equal, a prefix of at least
 * four letters, or within its allowed spelling edits), and the query names at least half of the name.
 */
export function wordsCovered(query: string, name: string): boolean {
  const asked = significantWords(query);
  const named = significantWords(name);
  if (asked.length === 0 || named.length === 0) return false;
  const used: boolean[] = [];
  for (const word of asked) {
    let at = -1;
    for (let i = 0; i < named.length; i++) {
      if (!used[i] && closeWords(word, named[i] ?? "")) {
        at = i;
        break;
      }
    }
    if (at < 0) return false;
    used[at] = true;
  }
  return used.filter(Boolean).length * 2 >= named.length;
}

function significantWords(text: string): string[] {
  return text.split(" ").filter((w) => w.length > 0 && !NAME_FILLER.has(w));
}

/** Two words of a name that are the same word: equal, a long prefix, or a small misspelling. */
function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 4 && b.startsWith(a) && a.length >= b.length / 2) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter <= 5 && a[0] !== b[0]) return false; // "asia" is not "psia"
  const edits = nameEdits(shorter);
  return edits > 0 && Math.abs(a.length - b.length) <= edits && editDistance(a, b, edits) <= edits;
}
