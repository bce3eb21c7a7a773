/**
 * From a question in plain words to a Query: what is asked (intent) and about what (round, side,
 * organisation, person, term, place), with hints for the composers (yes/no, a round that does not exist,
 * an ambiguous reference, a name that is not in the knowledge base…).
 */
import type { Locale, Query, Side } from "../answer-types.ts";
import type { EntityRef, LookupResult, NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import {
  announcementOf,
  isKnown,
  knownCities,
  latestHeldRound,
  latestRound,
  roundByNumber,
  roundsHeldIn,
  roundsInMonth,
  roundsInYear,
} from "../queries.ts";
import type { Round } from "../types.ts";
import { ENGLISH_WORDS } from "./english.ts";
import { detectSide, type EntityMention, matchJapaneseNames, matchNames } from "./entities.ts";
import { Speller } from "./fuzzy.ts";
import { defuse } from "./hostile.ts";
import { asksDialogueName, cueWords, decideIntent, type Features, scoreCues } from "./intent.ts";
import { consonantSkeleton, KATAKANA_RUN, katakanaToRomaji } from "./kana.ts";
import { cleanInput, compactKey, hasJapanese, looksJapanese, matchKey, tokenise } from "./normalise.ts";
import { englishRoundMentions, isRoundWord, japaneseRoundMentions, type RelatedMention } from "./rounds.ts";
import {
  ANCHOR_JA,
  ANCHOR_WORDS,
  COMMON_WORDS,
  JA_TOPIC_TERMS,
  LATEST_WORDS,
  MONTHS,
  ORDINAL_WORDS,
  OTHER_CITIES,
  OTHER_COUNTRIES,
  OTHER_DIALOGUE_JA,
  PREVIOUS_WORDS,
  ROUND_NOUNS,
  SIDE_WORDS,
  STOPWORDS,
} from "./vocabulary.ts";

export type MissingRound =
  | { kind: "number"; n: number }
  | { kind: "date"; year: number; month?: number }
  | { kind: "month"; month: number }
  | { kind: "place"; city: string };

export interface AskedDate {
  year: number;
  month?: number;
  day?: number;
}

export interface Hints {
  /** a yes/no question ("Was…", "Did…", "…, right?", "…しましたか") */
  yesno: boolean;
  /** a round reference that matches no round on record */
  missing?: MissingRound;
  /** a reference that matches several rounds ("the Tokyo round") */
  ambiguous?: { candidates: number[]; via: string };
  /** more rounds asked about at once ("round 2 and round 3"), the first being query.round */
  rounds?: number[];
  /** a name asked about that is not in the knowledge base, as typed */
  unknownName?: string;
  /** the city named in the question (the data's name in the answer's language when known, else as typed) */
  place?: string;
  /** every city named, in order */
  places?: string[];
  /** a date named in the question, for yes/no checks ("held on 13 February 2015?") */
  date?: AskedDate;
  /** a year named for a list of rounds */
  year?: number;
  /** content words of a question about topics ("cybercrime") */
  topicWords?: string[];
  /** what a topics question is really after */
  focus?: "outcome";
  /** the question asks whether a (joint) statement was issued */
  asksStatement?: boolean;
  /** the question is about every round ("at all rounds", "毎回") */
  allRounds?: boolean;
  /** a yes/no question comparing what happened with what was announced */
  asAnnounced?: boolean;
  /** the question asks for the dialogue's own name */
  dialogueName?: boolean;
  /** next_round asked by the announced round ("where was the 3rd round supposed to be held?") */
  announcedRound?: number;
  /** names matched only after spelling correction: what was typed, and what it was read as */
  corrections: { typed: string; ref: EntityRef }[];
  /** the round reference was weak or relative ("the previous one"): shown with suggestions */
  weakRound?: boolean;
  /** a year or city in the question that contradicts the numbered round */
  conflict?: { kind: "year"; year: number } | { kind: "place"; city: string };
  /** the question asks about the present ("still", "now", "現在"): roles are recorded as they were */
  current?: boolean;
  /** a day of the week asked about ("on a Monday?") */
  weekday?: string;
  /** "held in the same city as the 2nd?": what to compare with the other round named */
  same?: "place" | "year" | "month";
  /** what a question about two organisations asks: are they the same, is one part of the other */
  relationAsked?: "same" | "part";
  /** organisations named after the first ("Is ASD the same as ACSC?") */
  otherOrganisations?: string[];
  /** people whose recorded title the question names ("who is the ambassador for cyber affairs?") */
  roleHolders?: { title: string; people: string[] };
  /** another round named in the question ("the same city as the 2nd") */
  otherRound?: number;
  /** "in total", "across rounds", "ever": every round, not one */
  acrossRounds?: boolean;
  /** "round 3 but not round 2": what one round has that another has not */
  difference?: boolean;
  /** content words of a yes/no question that no check covers ("a success?") */
  contentWords?: string[];
  /** why a question got intent "unknown" */
  reason?: "empty" | "offtopic" | "code" | "injection" | "other_dialogue" | "help" | "current";
}

export interface Understanding {
  locale: Locale;
  query: Query;
  hints: Hints;
  confidence: "high" | "low";
}

type NamePhrase = { entity: LookupResult; typed: string } | { unknown: string };

interface CityHit {
  key: string;
  en: string;
  ja?: string;
  known: boolean;
}

/** "help", "what can you do?": a question about the bot itself. */
const HELP =
  /^\s*(?:help|\?+|what can you (?:do|answer)|who are you|what are you|what is this(?: bot)?|how do(?:es)? (?:i|this|it) (?:work|use)|how (?:do|can) i use (?:you|this)|使い方|ヘルプ|何ができ|何を聞け)/i;
/** The question asks about now, which the knowledge base does not record. */
const CURRENT =
  /\b(?:still|now|currently|current|today|present|nowadays|these days|anymore|any more|incumbent)\b/;

const WH_WORDS = new Set([
  "who",
  "whom",
  "whose",
  "what",
  "which",
  "when",
  "where",
  "why",
  "how",
  "whats",
  "whos",
  "wheres",
  "whens",
  "hows",
]);
const YESNO_START = new Set([
  "was",
  "were",
  "did",
  "is",
  "are",
  "does",
  "do",
  "has",
  "have",
  "had",
  "can",
  "could",
  "will",
  "would",
]);
const LEADING_FILLER = new Set([
  "hey",
  "hi",
  "hello",
  "so",
  "and",
  "but",
  "ok",
  "okay",
  "please",
  "quick",
  "question",
  "bot",
  "also",
  "then",
  "um",
  "well",
  "ent",
]);
const JA_WH = /誰|だれ|いつ|どこ|何|なに|なん|どの|どんな|どう|いくつ|どれ|なぜ|どちら/;
const TAG_QUESTION =
  /(?:,|\b)\s*(?:right|correct|true|yes or no|isn'?t (?:it|that so)|wasn'?t (?:it|he|she)|didn'?t (?:he|she|they|it)|did (?:he|she|they|it)|was (?:it|he|she)|no)\s*\?*\s*$/i;
/** Words that make a yes/no question compare an outcome with its announcement. */
const AS_ANNOUNCED = /\b(?:announced|said|planned|promised|supposed|scheduled|intended|expected)\b/;
/** Verbs around a topic that are not the topic ("was cybercrime discussed"). */
const TOPIC_FILLER = new Set([
  "held",
  "hold",
  "happen",
  "happened",
  "mention",
  "raise",
  "end",
  "ended",
  "come",
  "came",
  "out",
  "ever",
  "included",
  "include",
  "cover",
  "covered",
  "issue",
  "issued",
  "bring",
  "brought",
  "agenda",
]);
const OUTCOME_WORDS =
  /\b(?:outcome|outcomes|result|results|statement|achieved|conclusions|came out of|come out of|resulted|produced?)\b/;

export class Understander {
  readonly #kb: KnowledgeBase;
  readonly #index: NameIndex;
  readonly #speller: Speller;
  readonly #cities: CityHit[];
  readonly #known = new Set<string>();
  readonly #cueWord: Map<string, string>;
  readonly #personSkeletons: { id: string; skeleton: string }[] = [];
  readonly #roles: { person: string; country: Side; title: string; words: string[]; ja?: string }[] = [];

  constructor(kb: KnowledgeBase, index: NameIndex) {
    this.#kb = kb;
    this.#index = index;
    this.#cueWord = cueWords();
    // What misspelt words may be corrected to: words that mean something here.
    const meaningful = new Set<string>([
      ...this.#cueWord.keys(),
      ...ROUND_NOUNS,
      ...Object.keys(ORDINAL_WORDS),
      ...LATEST_WORDS,
      ...PREVIOUS_WORDS,
      ...Object.keys(MONTHS).filter((m) => m.length > 3),
      ...Object.keys(SIDE_WORDS).filter((w) => w.length >= 4),
      ...WH_WORDS,
      "held",
      "happen",
      "happened",
      "round",
      "dialogue",
    ]);
    for (const round of kb.rounds) {
      if (!isKnown(round.topics)) continue;
      for (const topic of round.topics.value) {
        for (const w of tokenise(topic.en ?? "")) if (w.text.length >= 5) meaningful.add(w.text);
      }
    }
    for (const term of kb.glossary) {
      for (const w of tokenise(term.expansion.en ?? "")) if (w.text.length >= 5) meaningful.add(w.text);
    }
    for (const place of knownCities(kb)) if (place.city.en) meaningful.add(matchKey(place.city.en));
    for (const w of [...meaningful, ...STOPWORDS, ...COMMON_WORDS, ...ENGLISH_WORDS]) this.#known.add(w);
    const cueWord = this.#cueWord;
    this.#speller = new Speller(
      [...meaningful].filter((w) => w.length >= 3 && !/\d/.test(w)),
      2,
      (w) => cueWord.get(w) ?? w,
    );
    const cities = new Map<string, CityHit>();
    for (const place of knownCities(kb)) {
      const en = place.city.en ?? place.city.ja ?? "";
      for (const name of [place.city.en, place.city.ja]) {
        if (name)
          cities.set(compactKey(name), {
            key: compactKey(name),
            en,
            ...(place.city.ja ? { ja: place.city.ja } : {}),
            known: true,
          });
      }
    }
    for (const [key, display] of Object.entries(OTHER_CITIES)) {
      if (!cities.has(key)) cities.set(key, { key, en: display, known: false });
    }
    this.#cities = [...cities.values()];
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
      for (const part of person.name.en?.split(/\s+/) ?? []) {
        const skeleton = consonantSkeleton(part);
        if (skeleton.length >= 3) this.#personSkeletons.push({ id: person.id, skeleton });
      }
    }
  }

  understand(raw: string, forced?: Locale): Understanding {
    const cleaned = cleanInput(raw);
    const locale: Locale = forced ?? (looksJapanese(cleaned) ? "ja" : "en");
    const hints: Hints = { yesno: false, corrections: [] };
    const unknown = (reason: Hints["reason"]): Understanding => ({
      locale,
      query: { intent: "unknown" },
      hints: { ...hints, reason },
      confidence: "low",
    });
    if (!cleaned) return unknown("empty");
    const defused = defuse(cleaned);
    if (!defused.text) return unknown(defused.injection ? "injection" : "empty");
    if (HELP.test(defused.text)) return unknown("help");

    // Words, names, and misspelt words corrected toward the vocabulary or toward the names.
    const tokens = tokenise(defused.text).slice(0, 80);
    const typed = tokens.map((t) => t.raw);
    const words = tokens.map((t) => t.text);
    const consumed = words.map(() => false);
    const corrected = words.map(() => false);
    const mentions: EntityMention[] = matchNames(this.#index, words, typed, consumed, corrected);
    if (
      this.#correct(
        words,
        tokens.map((t) => t.upper),
        consumed,
        corrected,
      )
    ) {
      mentions.push(...matchNames(this.#index, words, typed, consumed, corrected));
    }
    const compact = hasJapanese(defused.text) ? compactKey(defused.text) : "";
    const japanese = matchJapaneseNames(this.#index, compact);
    for (const mention of japanese.mentions) {
      if (!mentions.some((m) => m.ref.kind === mention.ref.kind && m.ref.id === mention.ref.id))
        mentions.push(mention);
    }
    for (const mention of this.#katakanaNames(japanese.rest)) {
      if (!mentions.some((m) => m.ref.kind === mention.ref.kind && m.ref.id === mention.ref.id))
        mentions.push(mention);
    }
    for (const mention of mentions) {
      if (mention.corrected) hints.corrections.push({ typed: mention.typed, ref: mention.ref });
    }

    const cityHits = this.#findCities(words, consumed, japanese.rest);
    // "held in Japan": a country where a city would be
    if (cityHits.length === 0) {
      const joined = words.join(" ");
      const country =
        /\b(?:in|to) (japan|australia)\b/.exec(joined)?.[1] ??
        /\b(japan|australia)\b(?: \w+){0,2} (?:host|hosted|hosts|hosting)\b/.exec(joined)?.[1] ??
        /\b(?:host|hosted|hosts|hosting)\b.{0,30}\b(?:by|in) (japan|australia)\b/.exec(joined)?.[1] ??
        (/日本で|日本国内|日本が(?:主催|開催)/.test(japanese.rest)
          ? "japan"
          : /(?:オーストラリア|豪州)(?:で|が(?:主催|開催))/.test(japanese.rest)
            ? "australia"
            : undefined);
      if (country === "japan") cityHits.push({ key: "japan", en: "Japan", ja: "日本", known: true });
      if (country === "australia")
        cityHits.push({ key: "australia", en: "Australia", ja: "オーストラリア", known: true });
    }
    const roundMentions: RelatedMention[] = [
      ...englishRoundMentions(words),
      ...japaneseRoundMentions(japanese.rest),
    ];
    const side = detectSide(words, consumed, japanese.rest);

    // Cue words (not inside names); a name becomes "ent" so that "what is ent" still reads.
    const cueText: string[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!consumed[i]) cueText.push(words[i] ?? "");
      else if (mentions.some((m) => m.start === i)) cueText.push("ent");
    }
    const text = cueText.join(" ");
    const scores = scoreCues(cueText, japanese.rest);

    // Yes/no: "Was…", "Did…", "…, right?", "…しましたか" — but not "was it A or B?".
    const firstWord = cueText.find((w) => !LEADING_FILLER.has(w)) ?? "";
    const hasWh = cueText.some((w) => WH_WORDS.has(w)) || JA_WH.test(japanese.rest);
    // "Was round 3 held where it was announced?" is yes/no; "Do you know who co-chaired?" is not.
    const embeddedWh =
      /\b(?:know|tell|say|remember|wonder|explain|show)(?: me| us)? (?:who|when|where|which|what|how)\b/.test(
        text,
      );
    const ending = defused.text.replace(/\s+/g, "");
    const jaYesNo =
      compact.length > 0 &&
      !JA_WH.test(japanese.rest) &&
      (/(?:か|かな|かしら|のか|の|んですか|ですか|ますか|ましたか|でしたか|ね|よね)[?？。]*$|(?:した|いた|された|だった|ある|あった|いる|れた)[?？]+$/.test(
        ending,
      ) ||
        // "Rob McKinnonは第3回の共同議長？": a statement about a name, asked
        (mentions.some((m) => m.ref.kind !== "term") &&
          /[\u3040-\u30FF\u3400-\u9FFF][?？]$/.test(ending) &&
          !/(?:は|って|とは)[?？]+$/.test(ending)));
    const choice = /\bor\b/.test(text) && !/\bor not\b/.test(text);
    hints.yesno =
      ((YESNO_START.has(firstWord) &&
        (!hasWh || (!embeddedWh && !WH_WORDS.has(cueText[cueText.indexOf(firstWord) + 1] ?? "")))) ||
        jaYesNo ||
        /^(?:is it true|i(?:'m| am) sure|i think|confirm)\b/.test(text) ||
        TAG_QUESTION.test(defused.text)) &&
      !choice;

    const anchor =
      roundMentions.some((m) => m.mention.strength === "strong") ||
      mentions.length > 0 ||
      words.some((w, i) => !consumed[i] && ANCHOR_WORDS.has(w)) ||
      /\bnext (?:one|round|meeting|dialogue|session)\b/.test(text) ||
      ANCHOR_JA.test(japanese.rest) ||
      scores.anchored;

    // A dialogue with another country ("the Japan–US cyber dialogue") is not in the knowledge base.
    if (
      this.#otherDialogue(
        words,
        consumed,
        tokens.map((t) => t.raw),
        japanese.rest,
      )
    )
      return unknown("other_dialogue");

    // A name-like phrase the exact pass did not find: a misspelt or reordered name, or one not on record.
    let unknownName: string | undefined;
    if (!mentions.some((m) => m.ref.kind !== "term")) {
      const phrase = this.#unknownName(defused.text, words, consumed, japanese.rest);
      if (phrase && "entity" in phrase) {
        const { ref, how } = phrase.entity;
        if (!mentions.some((m) => m.ref.kind === ref.kind && m.ref.id === ref.id)) {
          mentions.push({
            ref,
            alternatives: [ref],
            typed: phrase.typed,
            corrected: how !== "exact",
            start: -1,
            end: -1,
          });
          if (how !== "exact") hints.corrections.push({ typed: phrase.typed, ref });
        }
      } else if (phrase) {
        unknownName = phrase.unknown;
      }
    }
    const topicWords = this.#topicWords(words, consumed, japanese.rest);

    const features: Features = {
      scores,
      yesno: hints.yesno,
      words: cueText,
      entities: mentions,
      unknownName,
      cities: cityHits.map((c) => ({ display: c.en, known: c.known })),
      roundMentions,
      anchor,
      topicWords,
      japanese: japanese.rest,
      side: side !== undefined,
      current: CURRENT.test(text) || /現在|今の|現職|いまの/.test(japanese.rest),
    };
    let intent = decideIntent(features);
    // "Who is the Australian ambassador for cyber affairs?": a recorded title names its holders.
    if (
      (intent === "unknown" || intent === "person" || intent === "cochairs") &&
      !mentions.some((m) => m.ref.kind !== "term") &&
      roundMentions.length === 0 &&
      (/\bwho\b|\bwhos\b/.test(text) || /誰|だれ/.test(japanese.rest))
    ) {
      const holders = this.#roleHolders(words, japanese.rest, side);
      // "Who is the prime minister now?": the record has who held a post then, not who holds it now
      if (holders && features.current) return unknown("current");
      if (holders) {
        intent = "person";
        hints.roleHolders = holders;
      }
    }
    if (intent === "unknown" || (defused.code && scores.total < 4) || (defused.injection && !anchor)) {
      return unknown(defused.code ? "code" : defused.injection ? "injection" : "offtopic");
    }

    const query: Query = { intent };
    const person = mentions.find((m) => m.ref.kind === "person");
    const org = mentions.find((m) => m.ref.kind === "organisation");
    const term = mentions.find((m) => m.ref.kind === "term");
    if (side) query.side = side;
    if (org) query.organisation = org.ref.id;
    if (person) query.person = person.ref.id;
    if (term) query.term = term.ref.id;
    const moreOrgs = mentions.filter((m) => m.ref.kind === "organisation" && m !== org).map((m) => m.ref.id);
    if (moreOrgs.length > 0) hints.otherOrganisations = moreOrgs;
    if (/\b(?:part of|belongs? to|under|subordinate to|within)\b/.test(text)) hints.relationAsked = "part";
    else if (/\b(?:same|different|separate)\b/.test(text)) hints.relationAsked = "same";
    if (unknownName && !org && !person) hints.unknownName = unknownName;
    // "Which MOFA ambassador co-chaired…", "Who co-chaired for DFAT…": the organisation's side.
    if (!side && org && (intent === "cochairs" || intent === "agencies")) {
      const owner = this.#kb.organisations.get(org.ref.id);
      if (owner) query.side = owner.country;
    }
    const cityName = (c: CityHit) => (locale === "ja" && c.ja ? c.ja : c.en);
    if (cityHits[0]) {
      hints.place = cityName(cityHits[0]);
      hints.places = cityHits.map(cityName);
    }
    const dates = roundMentions.map((m) => m.mention).filter((m) => m.kind === "date");
    const firstDate = dates[0];
    if (firstDate && firstDate.kind === "date") {
      hints.date = {
        year: firstDate.year,
        ...(firstDate.month ? { month: firstDate.month } : {}),
        ...(firstDate.day ? { day: firstDate.day } : {}),
      };
    }
    if (hints.yesno && AS_ANNOUNCED.test(text)) hints.asAnnounced = true;
    if (CURRENT.test(text) || /現在|今の|現職|いまの/.test(japanese.rest)) hints.current = true;
    const weekday = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(text)?.[1];
    if (weekday) hints.weekday = weekday;
    const same = /\bsame (city|place|year|month|venue|location|country) as\b/.exec(text);
    if (same?.[1]) hints.same = /year/.test(same[1]) ? "year" : /month/.test(same[1]) ? "month" : "place";
    if (
      /\b(?:across|in total|overall|altogether|combined|ever|over the years)\b/.test(text) ||
      /これまで|全体で|合計|延べ/.test(japanese.rest)
    ) {
      hints.acrossRounds = true;
    }
    if (
      /\bbut not\b|\bnot (?:at|in) (?:the )?(?:round|\d|first|second|third|fourth|fifth)|\bonly (?:at|in)\b/.test(
        text,
      )
    )
      hints.difference = true;
    if (hints.yesno) hints.contentWords = topicWords;
    if (
      /\b(?:all|every|each)(?: of)?(?: the)? (?:rounds?|dialogues?|meetings?|sessions?)\b|\bboth\b/.test(
        text,
      ) ||
      /全ての回|すべての回|毎回|全回/.test(japanese.rest)
    ) {
      hints.allRounds = true;
    }
    if (intent === "glossary" && !org && !person && !term && asksDialogueName(text, japanese.rest))
      hints.dialogueName = true;

    if (intent === "membership") {
      const cochairWords = scores.byIntent.cochairs > 0;
      if (cochairWords && (person || org || unknownName)) query.relation = "cochaired";
      else if (!person && !org && !unknownName && cityHits[0]) query.relation = "held_in";
      else query.relation = "attended";
      if (query.relation === "held_in" && hints.place) query.place = hints.place;
    }
    if (intent === "topics") {
      if (/\bstatement\b/.test(text) || /ステートメント|声明/.test(japanese.rest)) hints.asksStatement = true;
      if (OUTCOME_WORDS.test(text) || /成果|共同ステートメント|声明/.test(japanese.rest))
        hints.focus = "outcome";
      else if (topicWords.length > 0) hints.topicWords = topicWords.slice(0, 6);
    }

    // Which round.
    let confidence: "high" | "low" = scores.total >= 2 || mentions.length > 0 ? "high" : "low";
    if (!["origin", "glossary", "person"].includes(intent)) {
      const resolved = this.#resolveRound(roundMentions, intent, query, hints, cityHits, words);
      if (resolved.low) confidence = "low";
      if (
        query.round === undefined &&
        !hints.missing &&
        !hints.ambiguous &&
        roundMentions.length === 0 &&
        intent !== "topics"
      ) {
        const byOutcome = this.#roundByOutcome(text, japanese.rest);
        if (byOutcome) query.round = byOutcome.number;
      }
      if (intent === "rounds" && query.round !== undefined && !hints.yesno && hints.year === undefined) {
        // "the 2nd round" in a list question: answer about that round
        intent = "round_overview";
        query.intent = intent;
      }
    }
    if (!anchor) confidence = "low";
    if (intent === "membership" && query.relation === "held_in" && !query.place) query.relation = "attended";
    return { locale, query, hints, confidence };
  }

  /** People named in katakana that the data writes only in English ("フィーキン" → Tobias Feakin). */
  #katakanaNames(japaneseRest: string): EntityMention[] {
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
  #roleHolders(
    words: string[],
    japaneseRest: string,
    side: Side | undefined,
  ): { title: string; people: string[] } | undefined {
    const asked = new Set(words.map((w) => w.replace(/s$/, "")));
    let title = "";
    const people: string[] = [];
    for (const role of this.#roles) {
      if (side && role.country !== side) continue;
      const byWords = role.words.length >= 2 && role.words.every((w) => asked.has(w.replace(/s$/, "")));
      const byJapanese = role.ja !== undefined && role.ja.length >= 3 && japaneseRest.includes(role.ja);
      if (!byWords && !byJapanese) continue;
      if (!people.includes(role.person)) people.push(role.person);
      if (!title) title = role.title;
    }
    return people.length > 0 ? { title, people } : undefined;
  }

  /** Corrects misspelt words in place; true when a word was corrected toward a name. */
  #correct(words: string[], upper: boolean[], consumed: boolean[], corrected: boolean[]): boolean {
    let towardNames = false;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      if (
        consumed[i] ||
        this.#known.has(word) ||
        this.#index.byKey.has(word) ||
        /\d/.test(word) ||
        hasJapanese(word)
      )
        continue;
      let asWord = this.#speller.correctWithDistance(word);
      // Three letters are easily another word: only cue words ("wen" → "when") are trusted.
      if (asWord && word.length <= 3 && !this.#cueWord.has(asWord.word) && !WH_WORDS.has(asWord.word))
        asWord = undefined;
      const asName = word.length >= 4 ? this.#index.speller.correctWithDistance(word) : undefined;
      if (
        asName &&
        (!asWord || asName.distance < asWord.distance || (upper[i] && asName.distance <= asWord.distance))
      ) {
        words[i] = asName.word;
        corrected[i] = true;
        towardNames = true;
      } else if (asWord) {
        words[i] = asWord.word;
      }
    }
    return towardNames;
  }

  #findCities(words: string[], consumed: boolean[], japaneseRest: string): CityHit[] {
    const out: CityHit[] = [];
    const push = (city: CityHit) => {
      if (!out.some((c) => c.en === city.en)) out.push(city);
    };
    for (let i = 0; i < words.length; i++) {
      if (consumed[i]) continue;
      const city = this.#cities.find((c) => c.key === words[i]);
      const next = words[i + 1];
      if (city && !(next === "2020" || next === "olympic" || next === "olympics" || next === "paralympic"))
        push(city);
    }
    if (japaneseRest) {
      for (const city of this.#cities) {
        if (!hasJapanese(city.key)) continue;
        const at = japaneseRest.indexOf(city.key);
        if (at < 0) continue;
        const after = japaneseRest.slice(at + city.key.length);
        if (/^(?:オリンピック|五輪|パラリンピック|2020)/.test(after)) continue;
        push(city);
      }
    }
    return out;
  }

  #otherDialogue(words: string[], consumed: boolean[], raw: string[], japaneseRest: string): boolean {
    if (OTHER_DIALOGUE_JA.test(japaneseRest)) return true;
    for (let i = 0; i < words.length; i++) {
      if (consumed[i]) continue;
      const w = words[i] ?? "";
      const isUs = w === "us" && (raw[i] === "US" || raw[i] === "U.S");
      const isUnited = w === "united" && (words[i + 1] === "states" || words[i + 1] === "kingdom");
      if (!OTHER_COUNTRIES.has(w) && !isUs && !isUnited) continue;
      const near = words.slice(Math.max(0, i - 2), i + 4);
      if (
        near.some(
          (n) =>
            n === "japan" ||
            n === "australia" ||
            n === "dialogue" ||
            n === "dialog" ||
            n === "cyber" ||
            n === "talks",
        )
      ) {
        return true;
      }
    }
    return false;
  }

  /** Content words of a question that may name a topic ("cybercrime", "Olympics"); Japanese terms too. */
  #topicWords(words: string[], consumed: boolean[], japaneseRest: string): string[] {
    const out = words.filter(
      (w, i) =>
        !consumed[i] &&
        w.length >= 3 &&
        !STOPWORDS.has(w) &&
        !this.#cueWord.has(w) &&
        !isRoundWord(w) &&
        !SIDE_WORDS[w] &&
        !ANCHOR_WORDS.has(w) &&
        !TOPIC_FILLER.has(w) &&
        !WH_WORDS.has(w) &&
        !hasJapanese(w) &&
        !this.#cities.some((c) => c.key === w),
    );
    for (const [ja, en] of Object.entries(JA_TOPIC_TERMS)) if (japaneseRest.includes(ja)) out.push(...en);
    return [...new Set(out)];
  }

  /** "the dialogue that issued a joint statement": the round whose recorded outcome the question names. */
  #roundByOutcome(text: string, japaneseRest: string): Round | undefined {
    const found = this.#kb.rounds.filter((round) => {
      if (!isKnown(round.outcome)) return false;
      const en = round.outcome.value.en ? matchKey(round.outcome.value.en) : "";
      const ja = round.outcome.value.ja ?? "";
      return (
        (en.length >= 6 && en.split(" ").length <= 4 && text.includes(en)) ||
        (ja.length >= 3 && japaneseRest.includes(ja))
      );
    });
    return found.length === 1 ? found[0] : undefined;
  }

  /** A name-like phrase: the entity it names after all (misspelt, reordered), or a name not on record. */
  #nameOrEntity(phrase: string): NamePhrase {
    const found = this.#index.lookup(phrase);
    return found ? { entity: found, typed: phrase } : { unknown: phrase };
  }

  #unknownName(
    text: string,
    words: string[],
    consumed: boolean[],
    japaneseRest: string,
  ): NamePhrase | undefined {
    const patterns = [
      /^(?:(?:hey|so|and|ok|okay|please)[, ]+)*(?:was|were|did|is|are|has|had|does)\s+(?:the\s+|an?\s+)?(.+?)\s+(?:attend|participate|take part|join|go|come|send|present|there|at|in|among|represented|part of|involved|co-?chair|chair|lead|on|a participant|one of)\b/i,
      /\bwhat(?:'s|\s+is|\s+are|\s+does|\s+do|\s+did)\s+(?:the\s+|an?\s+)?(.+?)\s+(?:stand for|mean|short for)\b/i,
      /\bwho(?:'s|\s+is|\s+was)\s+(?!the\b|a\b|an\b|that\b|this\b|it\b)(.+?)\s*\??$/i,
      /\bwhat(?:'s|\s+is|\s+was|\s+are)\s+(?:the\s+|an?\s+)?([A-Z][\w&/.-]*(?:\s+[A-Z][\w&/.-]*){0,4})\s*\??$/,
      /^(.{1,40}?)(?:(?<!こ)とは|って何|は何の略|の略|は誰|って誰)/,
      /^([^ぁ-ゖ]{1,30}?)(?:は|が|も)(?:[^。？?]{0,16}?)(?:参加|出席)/,
    ];
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      const phrase = match?.[1]?.trim();
      if (!phrase) continue;
      const cleaned = phrase.replace(/^(?:the|a|an)\s+/i, "").replace(/[?？!。、,]+$/, "");
      if (cleaned.length < 2 || cleaned.length > 60) continue;
      if (hasJapanese(cleaned)) {
        // Japanese: a name, not a question about a round ("第3回にはどの機関")
        if (/第.{1,3}回|回目|協議|会合|機関|省庁|どの|何|誰|いつ|どこ|共同議長|参加|[ぁ-ゖ]/.test(cleaned))
          continue;
        return this.#nameOrEntity(cleaned);
      }
      const phraseWords = tokenise(cleaned).map((t) => t.text);
      const meaningful = phraseWords.filter(
        (w) => !STOPWORDS.has(w) && !isRoundWord(w) && !this.#cueWord.has(w) && !SIDE_WORDS[w],
      );
      if (meaningful.length === 0) continue;
      if (phraseWords.some((w) => ROUND_NOUNS.has(w) && w !== "one")) continue;
      if (phraseWords.some((w) => this.#cities.some((c) => c.key === w))) continue;
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
      const raw = text.match(new RegExp(`\\b${word}\\b`, "i"))?.[0];
      if (raw && raw === raw.toUpperCase() && /[A-Z]/.test(raw)) return this.#nameOrEntity(raw);
    }
    const jaAcronym = /^([A-Z][A-Z0-9&/-]{1,9})(?:は|が|って|とは)/.exec(japaneseRest);
    if (jaAcronym?.[1]) return this.#nameOrEntity(jaAcronym[1]);
    return undefined;
  }

  #resolveRound(
    found: RelatedMention[],
    intent: Query["intent"],
    query: Query,
    hints: Hints,
    cities: CityHit[],
    words: string[],
  ): { low: boolean } {
    const kb = this.#kb;
    const strong = found.filter((m) => m.mention.strength === "strong");
    const candidates = strong.length > 0 ? strong : found;
    // Prefer an exact round (number / first / latest / previous) over a date, a date over a month.
    const rank = (m: RelatedMention) =>
      m.mention.kind === "number" ||
      m.mention.kind === "first" ||
      m.mention.kind === "latest" ||
      m.mention.kind === "previous"
        ? 0
        : m.mention.kind === "date"
          ? 1
          : 2;
    const sorted = [...candidates].sort((a, b) => rank(a) - rank(b));
    const chosen = sorted[0];
    let low = chosen !== undefined && chosen.mention.strength === "weak";
    if (low) hints.weakRound = true;
    const relate = (n: number, m: RelatedMention) => {
      if (!m.relation) return n;
      if (intent === "next_round" && m.relation === "after") return n;
      return m.relation === "after" ? n + 1 : n - 1;
    };
    /** The round a mention names: a number, "missing", or several. */
    const resolve = (m: RelatedMention): { n?: number; missing?: MissingRound; several?: number[] } => {
      const mention = m.mention;
      switch (mention.kind) {
        case "number": {
          const n = relate(mention.n, m);
          return roundByNumber(kb, n) ? { n } : { missing: { kind: "number", n } };
        }
        case "first": {
          const first = kb.rounds[0];
          if (!first) return {};
          const n = relate(first.number, m);
          return roundByNumber(kb, n) ? { n } : { missing: { kind: "number", n } };
        }
        case "latest": {
          const latest = latestRound(kb);
          return latest ? { n: relate(latest.number, m) } : {};
        }
        case "previous": {
          const latest = latestHeldRound(kb);
          return latest ? { n: latest.number - 1 } : {};
        }
        case "date": {
          const rounds = roundsInYear(kb, mention.year, mention.month);
          if (rounds.length === 1 && rounds[0]) return { n: relate(rounds[0].number, m) };
          if (rounds.length === 0) {
            return {
              missing: {
                kind: "date",
                year: mention.year,
                ...(mention.month ? { month: mention.month } : {}),
              },
            };
          }
          return { several: rounds.map((r) => r.number) };
        }
        case "month": {
          const rounds = roundsInMonth(kb, mention.month);
          if (rounds.length === 1 && rounds[0]) return { n: rounds[0].number };
          if (rounds.length === 0) return { missing: { kind: "month", month: mention.month } };
          return { several: rounds.map((r) => r.number) };
        }
      }
    };

    if (chosen) {
      const mention = chosen.mention;
      if (intent === "rounds" && mention.kind === "date") {
        hints.year = mention.year;
        return { low };
      }
      if (intent === "next_round" && mention.kind === "latest") {
        // "the latest announced round": the latest announcement on record, whichever round made it
        return { low };
      }
      const result = resolve(chosen);
      if (result.n !== undefined) {
        query.round = result.n;
        if (mention.kind === "previous") {
          low = true;
          hints.weakRound = true;
        }
      } else if (result.missing) hints.missing = result.missing;
      else if (result.several) {
        hints.ambiguous = { candidates: result.several, via: mention.via };
        low = true;
      }
      // "Who co-chaired round 2 and round 3?": every round named the same way.
      const others = sorted
        .slice(1)
        .filter((m) => rank(m) === rank(chosen))
        .map((m) => resolve(m).n)
        .filter((n): n is number => n !== undefined && n !== query.round);
      if (others[0] !== undefined) hints.otherRound = others[0];
      const severalAsked =
        !hints.yesno || (intent === "membership" && /\b(?:and|or|both)\b|と|も/.test(words.join(" ")));
      if (query.round !== undefined && others.length > 0 && severalAsked)
        hints.rounds = [query.round, ...new Set(others)];
      // "where was the 3rd round supposed to be held?": the announcement of round 3 was made by round 2.
      if (
        intent === "next_round" &&
        query.round !== undefined &&
        (mention.kind === "number" || mention.kind === "first") &&
        !chosen.relation
      ) {
        const asked = query.round;
        if (this.#asksByTarget(words, chosen.at)) {
          hints.announcedRound = asked;
          const announcement = announcementOf(kb, asked);
          if (announcement) query.round = announcement.by.number;
          else delete query.round;
        }
      }
      // A year or a city that contradicts the numbered round is pointed out.
      if (
        query.round !== undefined &&
        (mention.kind === "number" || mention.kind === "first") &&
        !hints.rounds
      ) {
        const round = roundByNumber(kb, query.round);
        const date = strong.find((m) => m.mention.kind === "date");
        if (
          round &&
          date &&
          date.mention.kind === "date" &&
          isKnown(round.date) &&
          round.date.value.year !== date.mention.year
        ) {
          hints.conflict = { kind: "year", year: date.mention.year };
          low = true;
        }
        const city = cities[0];
        if (
          round &&
          city &&
          !hints.yesno &&
          intent !== "membership" &&
          intent !== "next_round" &&
          isKnown(round.place) &&
          ![round.place.value.city.en, round.place.value.city.ja].some((n) => n && compactKey(n) === city.key)
        ) {
          hints.conflict = { kind: "place", city: hints.place ?? city.en };
        }
      }
      return { low };
    }

    // No round named: a city may name one ("the Canberra round").
    const city = cities[0];
    const cityNamesRound = city && intent !== "next_round" && intent !== "rounds" && intent !== "membership";
    if (city && cityNamesRound) {
      const rounds = roundsHeldIn(kb, city.en);
      if (rounds.length === 1 && rounds[0]) query.round = rounds[0].number;
      else if (rounds.length === 0) hints.missing = { kind: "place", city: hints.place ?? city.en };
      else {
        hints.ambiguous = { candidates: rounds.map((r) => r.number), via: hints.place ?? city.en };
        low = true;
      }
    }
    if (city && intent === "rounds") query.place = city.en;
    return { low };
  }

  /**
   * next_round about a numbered round: is it the round that made the announcement ("what did the 3rd round
   * announce", "the next round after the 2nd") or the round announced ("where was the 3rd round supposed to
   * be held", "when was round 4 announced")?
   */
  #asksByTarget(words: string[], at: number): boolean {
    const text = words.join(" ");
    if (/\b(?:next|following|subsequent)\b/.test(text) || /次/.test(text)) return false;
    let k = at - 1;
    if (words[k] === "the") k--;
    if (["at", "by", "in", "during", "from", "after"].includes(words[k] ?? "")) return false;
    if (/\b(?:supposed|planned|scheduled|expected|due|originally|meant|intended)\b|予定/.test(text))
      return true;
    return (
      /\b(?:was|were|is)\b/.test(words.slice(0, Math.max(0, at)).join(" ")) &&
      /\bannounced\b/.test(words.slice(at).join(" "))
    );
  }
}
