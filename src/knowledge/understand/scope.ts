/**
 * Scope: whether a question asks for something the dialogue's facts can serve. Off-topic, whatever domain
 * words it carries ("cyber", "Tokyo", a co-chair's name), is a question that asks
 * - for a task the bot does not do: something made (a poem, a song, a joke, code, an e-mail: a making verb
 *   and a product, 書いて／作って＋詩／コード) or a text translated;
 * - about another service's subject (the weather, a recipe, a hotel);
 * - about another forum: another country's dialogue (Japan–US, Australia–India, the Quad) or another meeting of
 *   the two countries (the 2+2, the leaders' summit, the economic dialogue), unless it also names this dialogue.
 * On topic, besides what the intents answer: a question for the dialogue's own name in a language or its
 * abbreviation ("日豪サイバー政策協議って英語で何て言う？").
 * The words come from `scope-lexicon.ts` (base forms); nouns that the knowledge base itself uses (a recorded
 * topic, term or organisation) are never read as another service's subject.
 */
import type { KnowledgeBase } from "../load.ts";
import { isKnown } from "../queries.ts";
import { compactKey } from "./normalise.ts";
import { SCOPE_LEXICON, type ScopeLexicon } from "./scope-lexicon.ts";
import { OTHER_COUNTRIES, OTHER_DIALOGUE_JA } from "./vocabulary.ts";

export type OffTopic = "task" | "service" | "opinion" | "guess" | "other_dialogue" | "other_forum";

/** What scope reads of a question: its words as typed and what understanding already found in it. */
export interface ScopeReading {
  /** the question (mentions and instructions taken out) */
  input: string;
  /** lower-case words as typed (before spelling correction) */
  words: string[];
  /** the words as typed, with their case */
  raw: string[];
  /** words inside a name of the knowledge base */
  consumed: boolean[];
  /** the Japanese part of the question, names of the knowledge base blanked out */
  japanese: string;
  /** the question names an entity of the knowledge base (person, organisation, term) */
  named: boolean;
  /** the question names a round (by number, date or place) */
  roundNamed: boolean;
  /**
   * whether the question asks how the dialogue came to be, by words other than these (the forums' names: "the
   * summit that created it" asks it; "the summit" alone does not)
   */
  asksOrigin?: (forumWord: (word: string) => boolean, japanese: string) => boolean;
}

export interface ScopeVerdict {
  offTopic?: OffTopic;
  /** the question asks for the dialogue's own name: in a language, or its abbreviation */
  dialogueName?: { language?: "en" | "ja"; abbreviation?: boolean };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (forms: Iterable<string>) =>
  [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

/** Every word of some entries, in flat form ("short story" → short, story). */
const wordsOf = (entries: string[]) => new Set(entries.flatMap((e) => flatten(e).trim().split(" ")));

/** Whether a flat text has one of these words (a pattern of the lexicon cannot match without one). */
const hasAny = (flat: string, words: Set<string>) => flat.split(" ").some((w) => words.has(w));

/** A verb's forms from its base form: writes, writing, composed; irregular ones as listed. */
export function verbForms(verb: { base: string; irregular: string[] }): string[] {
  const b = verb.base;
  const stem = b.endsWith("e") ? b.slice(0, -1) : b;
  const third = /(?:s|sh|ch|x|z|o)$/.test(b) ? `${b}es` : `${b}s`;
  const past = b.endsWith("e") ? `${b}d` : `${b}ed`;
  return [b, third, past, `${stem}ing`, ...verb.irregular];
}

/** An adjective's (or a noun's) forms: dumb, dumber, dumbest; lazy, lazier, laziest; idiot, idiots. */
export function adjectiveForms(word: string): string[] {
  const stem = /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}i` : word.replace(/e$/, "");
  return [...nounForms(word), `${stem}er`, `${stem}est`];
}

/** A noun's forms: poem, poems; story, stories; lyric, lyrics. */
export function nounForms(noun: string): string[] {
  const plural = /[^aeiou]y$/.test(noun)
    ? `${noun.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z)$/.test(noun)
      ? `${noun}es`
      : `${noun}s`;
  return [noun, plural];
}

/** The question as plain lower-case words, "2 + 2" kept as "2+2", with a space at each end. */
export function flatten(input: string): string {
  const plain = input
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/\s*[+＋]\s*/g, "+")
    // Latin words apart from Japanese written next to them ("日豪EPA")
    .replace(/([\p{Script=Latin}\p{N}+]+)/gu, " $1 ")
    .replace(/[^\p{L}\p{N}+]+/gu, " ")
    .trim();
  return ` ${plain} `;
}

/** A round, a meeting of the dialogue, in flat text. */
const ROUND_NOUN = / (?:rounds?|meetings?|dialogues?|sessions?|talks) /;

type JaKey = "jaTask" | "jaMade" | "jaTranslate" | "jaKinds";

/**
 * The sentences that ask: those ending with a question mark, or every sentence when none does ("Sorry for the
 * long message, … the weather, … Anyway: which agencies attended?" asks only its last sentence).
 */
export function askingSentences(text: string): string[] {
  const sentences = (text.match(/[^.!?。？！\n]+[.!?。？！]*/g) ?? []).filter((s) => s.trim());
  const asking = sentences.filter((s) => /[?？]\s*$/.test(s));
  return asking.length > 0 ? asking : [sentences.join(" ")];
}

interface Patterns {
  /** every word of the lexicon entries a task needs (a product, a code language, a verb of translating) */
  taskWords: Set<string>;
  /** every word of the other services' subjects */
  serviceWords: Set<string>;
  make: RegExp;
  makeNew: RegExp;
  reported: RegExp;
  hand: RegExp;
  bare: RegExp;
  code: RegExp;
  translate: RegExp;
  services: RegExp;
  forums: RegExp;
  kinds: RegExp;
  thisDialogue: RegExp;
  jaTask: RegExp;
  jaMade: RegExp;
  jaTranslate: RegExp;
  jaKinds: RegExp;
}

function englishPatterns(en: ScopeLexicon["en"]): Omit<Patterns, JaKey> {
  const verbs = (list: ScopeLexicon["en"]["makeVerbs"]) => alternation(list.flatMap(verbForms));
  // the forms a request takes ("write", "writing"), not a report of what someone did ("wrote", "writes")
  const request = (list: ScopeLexicon["en"]["makeVerbs"]) =>
    alternation(
      list.flatMap((v) => verbForms({ base: v.base, irregular: [] }).filter((_, i) => i === 0 || i === 3)),
    );
  const nouns = (list: string[]) => alternation(list.flatMap(nounForms));
  const product = nouns(en.products);
  const anyProduct = nouns([...en.products, ...en.madeProducts]);
  const indefinite = `${alternation(en.indefinite)}|\\d+`;
  const word = "(?: [^ ]+)";
  const products = [...en.products, ...en.madeProducts].flatMap(nounForms);
  return {
    taskWords: wordsOf([...products, ...en.codeLanguages, ...en.translateVerbs.flatMap(verbForms)]),
    serviceWords: wordsOf(en.services.flatMap(nounForms)),
    // "write me a haiku", "compose a song about…", "generate a Python script"
    make: new RegExp(` (?:${verbs(en.makeVerbs)})${word}{0,5}? (?:${product}) `),
    // "write a story", "draft an email to the co-chair": a made product, asked of the bot
    makeNew: new RegExp(` (?:${request(en.makeVerbs)})${word}{0,5}? (?:${anyProduct}) `),
    // "did Feakin write a letter?", "has MOFA created a website?": a question about someone else's doing
    reported: new RegExp(
      ` (?:did|does|do|has|have|had|will|would|can|could|should) (?!you |u )[^ ]+${word}{0,3}? (?:${verbs(en.makeVerbs)}) `,
    ),
    // "tell me a joke", "give us a short story"
    hand: new RegExp(
      ` (?:${verbs(en.handVerbs)}) (?:me|us)${word}{0,2}? (?:${indefinite})${word}{0,2}? (?:${anyProduct}) `,
    ),
    // "a haiku about cyber security", "some poems on Tokyo"
    bare: new RegExp(` (?:${indefinite})${word}{0,2}? (?:${product}) (?!of )`),
    code: new RegExp(
      ` (?:in|using|with) (?:${alternation(en.codeLanguages)}) | (?:${alternation(en.codeLanguages)}) (?:${anyProduct}) `,
    ),
    translate: new RegExp(` (?:${verbs(en.translateVerbs)}) `),
    services: new RegExp(` (?:${nouns(en.services)}) `),
    forums: new RegExp(` (?:${alternation(en.forums.flatMap((f) => [f, `${f}s`]))}) `, "g"),
    kinds: new RegExp(
      `(?<! cyber) (?:${alternation(en.otherDialogueKinds)}) (?:policy )?(?:dialogues?|dialogs?|talks) `,
      "g",
    ),
    thisDialogue: new RegExp(` (?:${nouns(en.thisDialogue)}) `),
  };
}

function japanesePatterns(ja: ScopeLexicon["ja"]): Pick<Patterns, JaKey> {
  const gap = "[^。？?！!]{0,12}?";
  return {
    jaTask: new RegExp(
      `(?:${alternation(ja.products)})${gap}(?:${alternation([...ja.makeVerbs, ...ja.handVerbs])})`,
    ),
    jaMade: new RegExp(`(?:${alternation(ja.madeProducts)})${gap}(?:${alternation(ja.makeVerbs)})`),
    jaTranslate: new RegExp(alternation(ja.translateVerbs)),
    jaKinds: new RegExp(`(?<!サイバー)(?:${alternation(ja.otherDialogueKinds)})(?:政策)?(?:対話|協議)`, "g"),
  };
}

/** The words the knowledge base itself uses (topics, outcomes, terms, organisations), in flat form. */
function knowledgeBaseText(kb: KnowledgeBase): { en: string; ja: string } {
  const en: string[] = [];
  const ja: string[] = [];
  const add = (text: { en?: string | undefined; ja?: string | undefined } | undefined) => {
    if (text?.en) en.push(text.en);
    if (text?.ja) ja.push(text.ja);
  };
  for (const round of kb.rounds) {
    if (isKnown(round.topics)) for (const topic of round.topics.value) add(topic);
    if (isKnown(round.outcome)) add(round.outcome.value);
  }
  for (const term of kb.glossary) add(term.expansion);
  for (const org of kb.organisations.values()) add(org.name);
  return { en: flatten(en.join(" . ")), ja: ja.join("。") };
}

/** The patterns of a request for a name: "in Japanese", "the English name", 英語で何と言う, 英語名, 略称. */
function namePatterns(lexicon: ScopeLexicon) {
  const { en, ja } = lexicon;
  const languages = alternation(Object.keys(en.languages));
  const jaLanguages = alternation(Object.keys(ja.languages));
  return {
    en: new RegExp(` (?:in|into|to) (${languages}) | (${languages}) (?:${alternation(en.nameNouns)}) `),
    naming: new RegExp(` (?:${alternation(en.namingVerbs.flatMap(verbForms))}) `),
    abbreviation: new RegExp(` (?:${alternation(en.abbreviation.flatMap(nounForms))}) `),
    ja: new RegExp(
      `(${jaLanguages})(?:で|に)?(?:は)?(?:${alternation(ja.askWords)})|(${jaLanguages})(?:${alternation(ja.nameNouns)})|(${alternation(Object.keys(ja.names))})`,
    ),
    jaAbbreviation: new RegExp(alternation(ja.abbreviation)),
  };
}

export class Scope {
  readonly #patterns: Patterns;
  readonly #lexicon: ScopeLexicon;
  readonly #kbText: { en: string; ja: string };
  /** the meeting that created the dialogue, as recorded ("Japan-Australia summit meeting", 日豪首脳会談) */
  readonly #occasion: { en: string; ja: string };
  /** the verbs of guessing, in every form */
  readonly #guessWords: Set<string>;
  /** the words of judgement, in every form ("dumb", "dumber", "dumbest") */
  readonly #judgements: Set<string>;
  /** every word of the other forums' names */
  readonly #forumWords: Set<string>;
  /** every word of the other forums' names (plurals too) and of the other dialogues' kinds */
  readonly #forumOrKindWords: Set<string>;
  readonly #dialogueNames: { en?: string; ja?: string };
  readonly #names: ReturnType<typeof namePatterns>;

  constructor(kb: KnowledgeBase, lexicon: ScopeLexicon = SCOPE_LEXICON) {
    this.#lexicon = lexicon;
    this.#patterns = { ...englishPatterns(lexicon.en), ...japanesePatterns(lexicon.ja) };
    this.#kbText = knowledgeBaseText(kb);
    const occasion = isKnown(kb.dialogue.origin) ? kb.dialogue.origin.value.occasion : undefined;
    this.#forumWords = wordsOf(lexicon.en.forums);
    this.#forumOrKindWords = wordsOf([
      ...lexicon.en.forums.flatMap((f) => [f, `${f}s`]),
      ...lexicon.en.otherDialogueKinds,
    ]);
    this.#judgements = new Set(lexicon.en.judgements.flatMap(adjectiveForms));
    this.#guessWords = new Set(lexicon.en.guessVerbs.flatMap(verbForms));
    this.#occasion = { en: occasion?.en ? flatten(occasion.en) : "", ja: occasion?.ja ?? "" };
    this.#names = namePatterns(lexicon);
    const { en, ja } = kb.dialogue.name;
    this.#dialogueNames = {
      ...(en ? { en: flatten(en).trim() } : {}),
      ...(ja ? { ja: compactKey(ja) } : {}),
    };
  }

  /** Whether the question is in scope, and whether it asks for the dialogue's own name. */
  judge(reading: ScopeReading): ScopeVerdict {
    const flat = flatten(reading.input);
    const offTopic =
      this.#otherDialogue(reading) ??
      this.#otherForum(reading, flat) ??
      this.#opinion(reading, flat) ??
      this.#guess(reading, flat) ??
      this.#asked(reading, flat);
    if (offTopic) return { offTopic };
    const dialogueName = this.#dialogueName(reading, flat);
    return dialogueName ? { dialogueName } : {};
  }

  /** What the question asks for — every sentence that asks: a task or another service's subject. */
  #asked(reading: ScopeReading, whole: string): OffTopic | undefined {
    const sentences = askingSentences(reading.input);
    const verdicts = sentences.map((sentence) => {
      // (a question of one sentence is flattened once)
      const flat = sentences.length === 1 && sentence === reading.input ? whole : flatten(sentence);
      // ("which hotel hosted the 2016 round?": a round's venue, not another service's subject)
      const ofRound = reading.roundNamed && (ROUND_NOUN.test(flat) || /回/.test(reading.japanese));
      return this.#task(reading, flat, sentence) ?? (ofRound ? undefined : this.#service(flat, sentence));
    });
    return verdicts.every((v) => v !== undefined) ? verdicts[0] : undefined;
  }

  /** Something made or translated: "write me a haiku about cyber security", 「俳句を書いて」. */
  #task(reading: ScopeReading, flat: string, japanese: string): OffTopic | undefined {
    const p = this.#patterns;
    const english = hasAny(flat, p.taskWords);
    const made =
      english &&
      (p.make.test(flat) ||
        (p.makeNew.test(flat) && !p.reported.test(flat)) ||
        p.hand.test(flat) ||
        p.bare.test(flat) ||
        p.code.test(flat));
    const madeJa = p.jaTask.test(japanese) || p.jaMade.test(japanese);
    if (made || madeJa) return "task";
    // a translation of a text that is not a name on record ("translate ACSC" is a glossary question)
    const translates = (english && p.translate.test(flat)) || p.jaTranslate.test(japanese);
    if (translates && !reading.named && !this.#namesDialogue(reading, flat)) return "task";
    return undefined;
  }

  /** Another service's subject (weather, recipes), unless the knowledge base itself uses the word. */
  #service(flat: string, japanese: string): OffTopic | undefined {
    const p = this.#patterns;
    const en = hasAny(flat, p.serviceWords) ? p.services.exec(flat)?.[0] : undefined;
    if (en && !this.#kbText.en.includes(en)) return "service";
    const ja = this.#lexicon.ja.services.find((w) => japanese.includes(w));
    if (ja && !this.#kbText.ja.includes(ja)) return "service";
    return undefined;
  }

  /** Another meeting of the two countries or of the region, named without this dialogue. */
  #otherForum(reading: ScopeReading, flat: string): OffTopic | undefined {
    const p = this.#patterns;
    // (no word of a forum's name, of another dialogue's kind, nor Japanese: nothing to look for)
    if (!reading.japanese && !hasAny(flat, this.#forumOrKindWords)) return undefined;
    // (a forum the knowledge base itself names, such as a glossary term, is not another forum; nor the
    // meeting that created the dialogue, asked about as such: "the summit that created it")
    // (worked out only when a forum the origin's occasion names is in the question)
    let origin: boolean | undefined;
    const asksOrigin = () => {
      origin ??= this.#originAsked(reading);
      return origin;
    };
    const own = (hit: string) =>
      this.#kbText.en.includes(hit) || (this.#occasion.en.includes(hit) && asksOrigin());
    const other = (hit: string) => (own(hit) ? hit : " ");
    const rest = flat.replace(p.forums, other).replace(p.kinds, other);
    const japanese = reading.japanese.replace(p.jaKinds, "");
    const forumJa = this.#lexicon.ja.forums.filter(
      (f) => japanese.includes(f) && !(this.#occasion.ja.includes(f) && asksOrigin()),
    );
    const named = rest !== flat || japanese !== reading.japanese || forumJa.length > 0;
    if (!named) return undefined;
    let restJa = japanese;
    for (const f of forumJa) restJa = restJa.split(f).join("");
    const ours =
      reading.roundNamed ||
      p.thisDialogue.test(rest) ||
      this.#lexicon.ja.thisDialogue.some((w) => restJa.includes(w));
    return ours ? undefined : "other_forum";
  }

  /** "Just guess.", "speculate": with nothing on record named, a request to make an answer up. */
  #guess(reading: ScopeReading, flat: string): OffTopic | undefined {
    if (reading.named || reading.roundNamed) return undefined;
    const en = flat.split(" ").some((w) => this.#guessWords.has(w));
    const ja = this.#lexicon.ja.guessVerbs.some((w) => reading.japanese.includes(w));
    return en || ja ? "guess" : undefined;
  }

  /** A judgement of a person or of the dialogue asked for ("the dumbest thing X said"): an opinion. */
  #opinion(reading: ScopeReading, flat: string): OffTopic | undefined {
    // the words of the question, not of a link in it
    const link = /\bhttps?:\/\/\S+/g;
    const words = (link.test(reading.input) ? flatten(reading.input.replace(link, " ")) : flat).split(" ");
    const judged = words.some(
      (w, i) =>
        this.#judgements.has(w) &&
        // ("spy agencies" are organisations; "you're a useless bot" is said of the bot, not asked)
        !/^agenc/.test(words[i + 1] ?? "") &&
        words[i + 1] !== "bot" &&
        !words.slice(Math.max(0, i - 3), i).some((b) => b === "you" || b === "youre"),
    );
    const judgedJa = this.#lexicon.ja.judgements.some((w) => reading.japanese.includes(w));
    return judged || judgedJa ? "opinion" : undefined;
  }

  /** Whether the question asks how the dialogue came to be, by words other than the forums' names. */
  #originAsked(reading: ScopeReading): boolean {
    if (!reading.asksOrigin) return false;
    const forums = this.#lexicon;
    const forumWords = this.#forumWords;
    let japanese = reading.japanese;
    for (const f of forums.ja.forums) japanese = japanese.split(f).join("");
    return reading.asksOrigin((w) => forumWords.has(w), japanese);
  }

  /** A dialogue with another country ("the Japan–US cyber dialogue", 日米サイバー対話, the Quad). */
  #otherDialogue(reading: ScopeReading): OffTopic | undefined {
    if (OTHER_DIALOGUE_JA.test(reading.japanese)) return "other_dialogue";
    const { words, raw, consumed } = reading;
    const near = new Set(["japan", "australia", "dialogue", "dialog", "cyber", "talks"]);
    for (let i = 0; i < words.length; i++) {
      if (consumed[i]) continue;
      const w = words[i] ?? "";
      const isUs = w === "us" && (raw[i] === "US" || raw[i] === "U.S");
      const isUnited = w === "united" && (words[i + 1] === "states" || words[i + 1] === "kingdom");
      if (!OTHER_COUNTRIES.has(w) && !isUs && !isUnited) continue;
      if (words.slice(Math.max(0, i - 2), i + 4).some((n) => near.has(n))) return "other_dialogue";
    }
    return undefined;
  }

  /** The question refers to the dialogue itself: by its recorded name, or as "the dialogue", 協議. */
  #namesDialogue(reading: ScopeReading, flat: string): boolean {
    const { en, ja } = this.#dialogueNames;
    if (en && flat.includes(` ${en} `)) return true;
    if (ja && reading.japanese && compactKey(reading.input).includes(ja)) return true;
    return (
      /\b(?:the|this|your|its) (?:cyber )?(?:policy )?(?:dialogue|dialog)\b|\bcyber policy dialogue\b/.test(
        flat,
      ) || /協議/.test(reading.japanese)
    );
  }

  /** "What is the dialogue called in Japanese?", 「日豪サイバー政策協議って英語で何て言う？」, its abbreviation. */
  #dialogueName(reading: ScopeReading, flat: string): ScopeVerdict["dialogueName"] {
    if (reading.named || reading.roundNamed || !this.#namesDialogue(reading, flat)) return undefined;
    const n = this.#names;
    const en = n.en.exec(flat);
    const ja = n.ja.exec(reading.japanese);
    const abbreviation = n.abbreviation.test(flat) || n.jaAbbreviation.test(reading.japanese);
    // "in Japanese" asks for a name with a verb of naming ("called", "say"); "the Japanese name" by itself
    // ("what is <the dialogue's name> in English?" asks for the name as much as "how do you say")
    const named =
      en !== null && (en[2] !== undefined || n.naming.test(flat) || /^ what (?:is|s) /.test(flat));
    if (!named && !ja && !abbreviation) return undefined;
    const asked = en?.[1] ?? en?.[2] ?? ja?.[1] ?? ja?.[2] ?? ja?.[3];
    const { en: enLanguages, ja: jaLexicon } = this.#lexicon;
    const language = asked
      ? (enLanguages.languages[asked] ?? jaLexicon.languages[asked] ?? jaLexicon.names[asked])
      : undefined;
    return { ...(language ? { language } : {}), ...(abbreviation ? { abbreviation } : {}) };
  }
}
