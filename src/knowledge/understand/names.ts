/**
 * Names the exact pass over the words does not find: a phrase shaped like a name ("Did the Australian
 * Federal Police attend…", "What does X stand for", "Xとは"), which is either a misspelt or reordered name
 * on record or a name that is not (kept as typed, never matched to a near miss); people written in
 * katakana; and people named by their recorded title ("the ambassador for cyber affairs").
 */
import type { Side } from "../answer-types.ts";
import type { LookupResult, NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import type { EntityMention } from "./entities.ts";
import { consonantSkeleton, KATAKANA_RUN, katakanaToRomaji } from "./kana.ts";
import { hasJapanese, tokenise } from "./normalise.ts";
import { isRoundWord } from "./rounds.ts";
import { ROUND_NOUNS, SIDE_WORDS, STOPWORDS } from "./vocabulary.ts";

/** Everyday words for what an organisation's name says. */
const ORG_SYNONYMS: Record<string, string> = {
  cops: "police",
  cop: "police",
  policing: "police",
  military: "defence",
  defense: "defence",
  army: "defence",
  spies: "intelligence",
  spy: "intelligence",
  intel: "intelligence",
  diplomats: "foreign",
  diplomatic: "foreign",
  ministries: "ministry",
  departments: "department",
  agencies: "agency",
  centre: "center",
  communications: "communications",
  telecoms: "communications",
  signals: "signals",
  pm: "prime",
};
/** Words that say "an organisation" (one of them must be in the question). */
const ORG_NOUNS = new Set([
  "agency",
  "department",
  "ministry",
  "office",
  "center",
  "directorate",
  "secretariat",
  "bureau",
  "service",
  "authority",
  "team",
]);
/** Words in many organisations' names that identify none of them. */
const GENERIC_ORG_WORDS = new Set([
  "national",
  "japan",
  "australian",
  "australia",
  "of",
  "and",
  "the",
  "cyber",
  "security",
]);

export type NamePhrase = { entity: LookupResult; typed: string } | { unknown: string };

/** A title as recorded, with who held it (and where each role is in the order of the record). */
interface RoleTitle {
  country: Side;
  title: string;
  words: string[];
  ja?: string;
  holders: { person: string; order: number }[];
}

/** Where a question names something that may be a name: "was X at…", "what does X stand for", 「Xとは」. */
const NAME_PHRASES: readonly RegExp[] = [
  // a statement: "The Australian Federal Police attended round 3, didn't they?"
  /^(?:the\s+)?([A-Z][\w&/.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&/.-]*){0,5})\s+(?:attended|participated|took part|joined|sent|was (?:at|present|there)|were (?:at|present|there))\b/,
  /^(?:(?:hey|so|and|ok|okay|please)[, ]+)*(?:was|were|did|is|are|has|had|does)\s+(?:the\s+|an?\s+)?(.+?)\s+(?:attend|participate|take part|join|go|come|send|present|there|at|in|among|represented|part of|involved|co-?chair|chair|lead|on|a participant|one of)\b/i,
  /\bwhat(?:'s|\s+is|\s+are|\s+does|\s+do|\s+did)\s+(?:the\s+|an?\s+)?(.+?)\s+(?:stand for|mean|short for)\b/i,
  /\bwho(?:'s|\s+is|\s+was)\s+(?!the\b|a\b|an\b|that\b|this\b|it\b)(.+?)\s*\??$/i,
  /\bwhat(?:'s|\s+is|\s+was|\s+are)\s+(?:the\s+|an?\s+)?([A-Z][\w&/.-]*(?:\s+[A-Z][\w&/.-]*){0,4})\s*\??$/,
  /^(.{1,40}?)(?:(?<!こ)とは|って何|は何の略|の略|は誰|って誰)/,
  /^([^ぁ-ゖ]{1,30}?)(?:は|が|も)(?:[^。？?]{0,16}?)(?:参加|出席)/,
];

export class NameSpotter {
  readonly #index: NameIndex;
  readonly #known: ReadonlySet<string>;
  readonly #cueWord: ReadonlyMap<string, string>;
  readonly #isCity: (word: string) => boolean;
  readonly #personSkeletons: { id: string; skeleton: string }[] = [];
  readonly #roles: { person: string; country: Side; title: string; words: string[]; ja?: string }[] = [];
  readonly #organisations: { id: string; country: Side; words: Set<string> }[] = [];
  /** the distinct titles of #roles, each with who held it (and where in #roles) */
  readonly #titles: RoleTitle[];

  constructor(
    kb: KnowledgeBase,
    index: NameIndex,
    known: ReadonlySet<string>,
    cueWord: ReadonlyMap<string, string>,
    isCity: (word: string) => boolean,
  ) {
    this.#index = index;
    this.#known = known;
    this.#cueWord = cueWord;
    this.#isCity = isCity;
    for (const org of kb.organisations.values()) {
      const words = new Set<string>();
      for (const name of [org.name.en, ...org.aliases]) {
        for (const t of tokenise(name ?? "")) words.add(ORG_SYNONYMS[t.text] ?? t.text);
      }
      this.#organisations.push({ id: org.id, country: org.country, words });
    }
    for (const person of kb.people.values()) {
      for (const role of person.roles) {
        const words = tokenise(role.title.en ?? "")
          .map((t) => t.text)
          .filter((w) => !["in", "charge", "of", "for", "the", "and"].includes(w));
        this.#roles.push({
          person: person.id,
          country: person.country,
          title: role.title.en ?? role.title.ja ?? "",
          words,
          ...(role.title.ja ? { ja: role.title.ja } : {}),
        });
      }
      // each part of the name, and the full name in either order ("ロブ・マッキノン", "トビアスフィーキン")
      const parts = person.name.en?.split(/\s+/) ?? [];
      const forms = parts.length > 1 ? [...parts, parts.join(""), [...parts].reverse().join("")] : parts;
      for (const form of forms) {
        const skeleton = consonantSkeleton(form);
        if (skeleton.length >= 3) this.#personSkeletons.push({ id: person.id, skeleton });
      }
    }
    // A title recorded only in English for one holder has the Japanese another holder's record gives it
    // ("Ambassador in charge of Cyber Policy" is サイバー政策担当大使 whoever holds it).
    const japaneseOf = new Map<string, string>();
    for (const role of this.#roles)
      if (role.ja && role.title) japaneseOf.set(`${role.country}|${role.title}`, role.ja);
    for (const role of this.#roles) {
      const ja = japaneseOf.get(`${role.country}|${role.title}`);
      if (!role.ja && ja) role.ja = ja;
    }
    // each distinct title once, with its holders in the order of the roles
    const byTitle = new Map<string, RoleTitle>();
    this.#roles.forEach((role, order) => {
      const key = `${role.country}|${role.title}|${role.ja ?? ""}|${role.words.join(" ")}`;
      const entry = byTitle.get(key);
      if (entry) entry.holders.push({ person: role.person, order });
      else {
        const { country, title, words, ja } = role;
        byTitle.set(key, {
          country,
          title,
          words,
          ...(ja ? { ja } : {}),
          holders: [{ person: role.person, order }],
        });
      }
    });
    this.#titles = [...byTitle.values()];
  }

  /** People named in katakana that the data writes only in English ("フィーキン" → Tobias Feakin). */
  katakanaNames(japaneseRest: string): EntityMention[] {
    const out: EntityMention[] = [];
    for (const match of japaneseRest.matchAll(KATAKANA_RUN)) {
      const skeleton = consonantSkeleton(katakanaToRomaji(match[0]));
      if (skeleton.length < 3) continue;
      const found = this.#personSkeletons.filter((p) => p.skeleton === skeleton);
      const ids = new Set(found.map((p) => p.id));
      const first = found[0];
      if (first && ids.size === 1) {
        out.push({
          ref: { kind: "person", id: first.id },
          alternatives: [],
          typed: match[0],
          corrected: true,
          start: -1,
          end: -1,
        });
      }
    }
    return out;
  }

  /** People whose recorded title the question names, all of its words ("ambassador … cyber affairs"). */
  roleHolders(
    words: string[],
    japaneseRest: string,
    side: Side | undefined,
  ): { title: string; ja?: string; people: string[] } | undefined {
    const asked = new Set(words.map((w) => w.replace(/s$/, "")));
    const matched = this.#titles.filter((role) => {
      if (side && role.country !== side) return false;
      const byWords = role.words.length >= 2 && role.words.every((w) => asked.has(w.replace(/s$/, "")));
      return byWords || (role.ja !== undefined && role.ja.length >= 3 && japaneseRest.includes(role.ja));
    });
    if (matched.length === 0) return undefined;
    // the first matching role gives the title; its holders, in the order of the roles
    const first = matched
      .map((t) => ({ t, order: t.holders[0]?.order ?? 0 }))
      .sort((a, b) => a.order - b.order)[0]?.t;
    const holders = matched.flatMap((t) => t.holders).sort((a, b) => a.order - b.order);
    const people = [...new Set(holders.map((h) => h.person))];
    const title = first?.title ?? "";
    const ja = matched
      .map((t) => ({ ja: t.ja, order: t.holders[0]?.order ?? 0 }))
      .filter((t) => t.ja)
      .sort((a, b) => a.order - b.order)[0]?.ja;
    return { title, ...(ja ? { ja } : {}), people };
  }

  /**
   * An organisation named by description rather than by name: "Japan's police agency", "the cops" next to
   * "police agency", "Australia's defence department". The describing words (plain synonyms mapped:
   * cops → police, military → defence) must all be in one organisation's name, of the side named if any;
   * at least one of them must be more than a generic word ("agency", "department"), and the question must
   * use a word for an organisation.
   */
  describedOrganisation(
    words: string[],
    consumed: boolean[],
    side: Side | undefined,
  ): { id: string; typed: string } | undefined {
    if (!words.some((w) => ORG_NOUNS.has(w) || ORG_SYNONYMS[w] === "police" || w === "police"))
      return undefined;
    const content: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = ORG_SYNONYMS[words[i] ?? ""] ?? words[i] ?? "";
      if (consumed[i] || w.length < 3 || STOPWORDS.has(w) || SIDE_WORDS[w] || isRoundWord(w)) continue;
      if (this.#cueWord.has(w) && !ORG_NOUNS.has(w)) continue;
      content.push(w);
    }
    let best: { id: string; matched: string[] } | undefined;
    let tie = false;
    for (const org of this.#organisations) {
      if (side && org.country !== side) continue;
      const matched = content.filter((w) => org.words.has(w));
      if (!matched.some((w) => !ORG_NOUNS.has(w) && !GENERIC_ORG_WORDS.has(w))) continue;
      if (!best || matched.length > best.matched.length) {
        best = { id: org.id, matched };
        tie = false;
      } else if (matched.length === best.matched.length) tie = true;
    }
    if (!best || tie) return undefined;
    if (best.matched.length < 2 && !side) return undefined;
    return { id: best.id, typed: best.matched.join(" ") };
  }

  /** A name-like phrase: the entity it names after all (misspelt, reordered), or a name not on record. */
  #nameOrEntity(phrase: string): NamePhrase {
    const found = this.#index.lookup(phrase);
    return found ? { entity: found, typed: phrase } : { unknown: phrase };
  }

  /** A name-like phrase the exact pass did not find: a misspelt or reordered name, or one not on record. */
  namePhrase(
    text: string,
    words: string[],
    consumed: boolean[],
    japaneseRest: string,
  ): NamePhrase | undefined {
    for (const pattern of NAME_PHRASES) {
      const match = pattern.exec(text);
      const phrase = match?.[1]?.trim();
      if (!phrase) continue;
      const cleaned = phrase.replace(/^(?:the|a|an)\s+/i, "").replace(/[?？!。、,]+$/, "");
      if (cleaned.length < 2 || cleaned.length > 60) continue;
      if (hasJapanese(cleaned)) {
        // Japanese: a name, not a question about a round ("第3回にはどの機関")
        // (nor a side: 「豪側は誰？」「日本側は？」)
        if (
          /第.{1,3}回|回目|協議|会合|機関|省庁|どの|何|誰|いつ|どこ|共同議長|参加|側$|[ぁ-ゖ]/.test(cleaned)
        )
          continue;
        return this.#nameOrEntity(cleaned);
      }
      const phraseWords = tokenise(cleaned).map((t) => t.text);
      const meaningful = phraseWords.filter(
        (w) => !STOPWORDS.has(w) && !isRoundWord(w) && !this.#cueWord.has(w) && !SIDE_WORDS[w],
      );
      if (meaningful.length === 0) continue;
      if (phraseWords.some((w) => ROUND_NOUNS.has(w) && w !== "one")) continue;
      if (phraseWords.some((w) => this.#isCity(w))) continue;
      if (/^(?:it|they|them|there|this|that|he|she|you|i|we)$/i.test(cleaned)) continue;
      if (/^(?:at|in|on|from|to|for|with|by|of|about|there|here)\b/i.test(cleaned)) continue;
      // A name is written with capitals ("Australian Federal Police", "AFP"), or is one unknown word ("afp").
      const capitalised = /(?:^|\s)[A-Z][\w&/.-]*/.test(cleaned);
      const oneUnknownWord = phraseWords.length === 1 && !this.#known.has(phraseWords[0] ?? "");
      if (!capitalised && !oneUnknownWord) continue;
      return this.#nameOrEntity(cleaned);
    }
    // An acronym we do not know ("AFP", "ASIO").
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      if (consumed[i] || word.length < 2 || word.length > 8) continue;
      if (this.#known.has(word) || isRoundWord(word) || /\d/.test(word) || hasJapanese(word)) continue;
      // "AU", "JP": a side, not an organisation
      if (SIDE_WORDS[word]) continue;
      const raw = text.match(new RegExp(`\\b${word}\\b`, "i"))?.[0];
      if (raw && raw === raw.toUpperCase() && /[A-Z]/.test(raw)) return this.#nameOrEntity(raw);
    }
    const jaAcronym = /^([A-Z][A-Z0-9&/-]{1,9})(?:は|が|って|とは)/.exec(japaneseRest);
    if (jaAcronym?.[1]) return this.#nameOrEntity(jaAcronym[1]);
    return undefined;
  }
}
