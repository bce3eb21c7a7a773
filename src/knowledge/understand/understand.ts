/**
 * From a question in plain words to a Query: what is asked (intent) and about what (round, side,
 * organisation, person, term, place), with hints for the composers (yes/no, a round that does not exist,
 * an ambiguous reference, a name that is not in the knowledge base…).
 */
import type { Locale, Query } from "../answer-types.ts";
import type { EntityRef, NameIndex } from "../indexes.ts";
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
import type { EntityMention } from "./entities.ts";
import { detectSide, matchJapaneseNames, matchNames } from "./entities.ts";
import { Speller } from "./fuzzy.ts";
import { defuse } from "./hostile.ts";
import { cueWords, decideIntent, type Features, scoreCues } from "./intent.ts";
import { cleanInput, compactKey, hasJapanese, looksJapanese, tokenise } from "./normalise.ts";
import { englishRoundMentions, isRoundWord, japaneseRoundMentions, type RelatedMention } from "./rounds.ts";
import {
  ANCHOR_JA,
  ANCHOR_WORDS,
  COMMON_WORDS,
  LATEST_WORDS,
  MONTHS,
  ORDINAL_WORDS,
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

export interface Hints {
  /** a yes/no question ("Was…", "Did…", "…しましたか") */
  yesno: boolean;
  /** the round was named as "latest" / "most recent" */
  explicitLatest?: boolean;
  /** a round reference that matches no round on record */
  missing?: MissingRound;
  /** a reference that matches several rounds ("the Tokyo round") */
  ambiguous?: { candidates: number[]; via: string };
  /** a name asked about that is not in the knowledge base, as typed */
  unknownName?: string;
  /** a city named in the question (as the data writes it when known, else as typed) */
  place?: string;
  /** a year named for a list of rounds */
  year?: number;
  /** content words of a yes/no question about topics ("cybercrime") */
  topicWords?: string[];
  /** what a topics question is really after */
  focus?: "outcome";
  /** next_round asked by the announced round ("where was the 3rd round supposed to be held?") */
  announcedRound?: number;
  /** names matched only after spelling correction: what was typed, and what it was read as */
  corrections: { typed: string; ref: EntityRef }[];
  /** the round reference was weak or relative ("the previous one"): shown with suggestions */
  weakRound?: boolean;
  /** a year or city in the question that contradicts the numbered round */
  conflict?: { kind: "year"; year: number } | { kind: "place"; city: string };
  /** why a question got intent "unknown" */
  reason?: "empty" | "offtopic" | "code" | "injection";
}

export interface Understanding {
  locale: Locale;
  query: Query;
  hints: Hints;
  confidence: "high" | "low";
}

/** Cities people may name that the knowledge base does not: a round "in Sydney" is a round not on record. */
const OTHER_CITIES: Record<string, string> = {
  sydney: "Sydney",
  melbourne: "Melbourne",
  brisbane: "Brisbane",
  perth: "Perth",
  adelaide: "Adelaide",
  darwin: "Darwin",
  hobart: "Hobart",
  osaka: "Osaka",
  kyoto: "Kyoto",
  yokohama: "Yokohama",
  nagoya: "Nagoya",
  sapporo: "Sapporo",
  fukuoka: "Fukuoka",
  kobe: "Kobe",
  hiroshima: "Hiroshima",
  sendai: "Sendai",
  okinawa: "Okinawa",
  singapore: "Singapore",
  jakarta: "Jakarta",
  washington: "Washington",
  london: "London",
  シドニー: "シドニー",
  メルボルン: "メルボルン",
  ブリスベン: "ブリスベン",
  パース: "パース",
  大阪: "大阪",
  京都: "京都",
  横浜: "横浜",
  名古屋: "名古屋",
  札幌: "札幌",
  福岡: "福岡",
  神戸: "神戸",
  広島: "広島",
};

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
]);
const JA_WH = /誰|だれ|いつ|どこ|何|なに|なん|どの|どんな|どう|いくつ|どれ|なぜ|どちら/;

export class Understander {
  readonly #kb: KnowledgeBase;
  readonly #index: NameIndex;
  readonly #speller: Speller;
  readonly #cities: { key: string; display: string; known: boolean }[];
  readonly #known = new Set<string>();
  readonly #cueWord: Map<string, string>;

  constructor(kb: KnowledgeBase, index: NameIndex) {
    this.#kb = kb;
    this.#index = index;
    this.#cueWord = cueWords();
    const vocabulary = new Set<string>([
      ...this.#cueWord.keys(),
      ...ROUND_NOUNS,
      ...Object.keys(ORDINAL_WORDS),
      ...LATEST_WORDS,
      ...PREVIOUS_WORDS,
      ...Object.keys(MONTHS).filter((m) => m.length > 3),
      ...[...STOPWORDS].filter((w) => w.length >= 3),
      ...COMMON_WORDS,
      ...Object.keys(SIDE_WORDS),
    ]);
    for (const round of kb.rounds) {
      if (isKnown(round.topics)) {
        for (const topic of round.topics.value)
          for (const w of tokenise(topic.en ?? "")) vocabulary.add(w.text);
      }
    }
    for (const term of kb.glossary) for (const w of tokenise(term.expansion.en ?? "")) vocabulary.add(w.text);
    for (const w of vocabulary) this.#known.add(w);
    const cueWord = this.#cueWord;
    this.#speller = new Speller(
      [...vocabulary].filter((w) => w.length >= 3 && !/\d/.test(w)),
      2,
      (w) => cueWord.get(w) ?? w,
    );
    const cities = new Map<string, { key: string; display: string; known: boolean }>();
    for (const place of knownCities(kb)) {
      for (const name of [place.city.en, place.city.ja]) {
        if (name)
          cities.set(compactKey(name), {
            key: compactKey(name),
            display: place.city.en ?? name,
            known: true,
          });
      }
    }
    for (const [key, display] of Object.entries(OTHER_CITIES)) {
      if (!cities.has(key)) cities.set(key, { key, display, known: false });
    }
    this.#cities = [...cities.values()];
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

    // Words, with misspelt ones corrected toward the vocabulary or toward the names.
    const tokens = tokenise(defused.text).slice(0, 80);
    const typed = tokens.map((t) => t.raw);
    const words = tokens.map((t) => t.text);
    const consumed = words.map(() => false);
    const corrected = words.map(() => false);
    const mentions: EntityMention[] = matchNames(this.#index, words, typed, consumed, corrected);
    let nameCorrections = false;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      if (
        consumed[i] ||
        this.#known.has(word) ||
        this.#index.byKey.has(word) ||
        /\d/.test(word) ||
        hasJapanese(word)
      ) {
        continue;
      }
      const asWord = this.#speller.correctWithDistance(word);
      const asName = word.length >= 4 ? this.#index.speller.correctWithDistance(word) : undefined;
      if (
        asName &&
        (!asWord ||
          asName.distance < asWord.distance ||
          (tokens[i]?.upper && asName.distance <= asWord.distance))
      ) {
        words[i] = asName.word;
        corrected[i] = true;
        nameCorrections = true;
      } else if (asWord) {
        words[i] = asWord.word;
      }
    }
    if (nameCorrections) mentions.push(...matchNames(this.#index, words, typed, consumed, corrected));
    const compact = hasJapanese(defused.text) ? compactKey(defused.text) : "";
    const japanese = matchJapaneseNames(this.#index, compact);
    for (const mention of japanese.mentions) {
      if (!mentions.some((m) => m.ref.kind === mention.ref.kind && m.ref.id === mention.ref.id))
        mentions.push(mention);
    }
    for (const mention of mentions) {
      if (mention.corrected) hints.corrections.push({ typed: mention.typed, ref: mention.ref });
    }

    // Cities.
    const cityHits = this.#findCities(words, consumed, japanese.rest);
    // Round references.
    const roundMentions: RelatedMention[] = [
      ...englishRoundMentions(words),
      ...japaneseRoundMentions(japanese.rest),
    ];
    const side = detectSide(words, consumed, japanese.rest);

    // Cue words (not inside names); entity spans become "ent" so phrases like "what is ent" still read.
    const cueText: string[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!consumed[i]) cueText.push(words[i] ?? "");
      else if (i === 0 || !consumed[i - 1] || mentions.some((m) => m.start === i)) cueText.push("ent");
    }
    const scores = scoreCues(cueText, japanese.rest);
    const first = cueText.findIndex((w) => !LEADING_FILLER.has(w));
    const firstWord = cueText[first] ?? "";
    const hasWh = cueText.some((w) => WH_WORDS.has(w)) || JA_WH.test(japanese.rest);
    const jaYesNo =
      compact.length > 0 &&
      !JA_WH.test(japanese.rest) &&
      /(?:か|かな|かしら|のか|んですか|ですか|ますか|ましたか|でしたか)[?？。]*$|(?:した|いた|された|だった|ある|あった)[?？]+$/.test(
        compact,
      );
    hints.yesno =
      (YESNO_START.has(firstWord) && !hasWh) || jaYesNo || /^is it true\b/.test(cueText.join(" "));

    const anchor =
      roundMentions.some((m) => m.mention.strength === "strong") ||
      mentions.length > 0 ||
      words.some((w, i) => !consumed[i] && ANCHOR_WORDS.has(w)) ||
      /\bnext (?:one|round|meeting|dialogue|session)\b/.test(cueText.join(" ")) ||
      ANCHOR_JA.test(japanese.rest) ||
      scores.anchored;

    // A name-like phrase that is not in the knowledge base ("the AFP", "Australian Federal Police").
    const orgOrPerson = mentions.find((m) => m.ref.kind !== "term");
    const unknownName = orgOrPerson ? undefined : this.#unknownName(defused.text, words, consumed);
    const topicWords = words.filter(
      (w, i) =>
        !consumed[i] &&
        w.length >= 3 &&
        !STOPWORDS.has(w) &&
        !this.#cueWord.has(w) &&
        !isRoundWord(w) &&
        !SIDE_WORDS[w] &&
        !ANCHOR_WORDS.has(w) &&
        !["held", "hold", "happen", "happened", "mentioned", "raised", "mention", "raise"].includes(w),
    );

    const features: Features = {
      scores,
      yesno: hints.yesno,
      hasWh,
      words: cueText,
      entities: mentions,
      unknownName,
      cities: cityHits,
      roundMentions,
      anchor,
      topicWords,
    };
    let intent = decideIntent(features);
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
    if (unknownName && !org && !person) hints.unknownName = unknownName;
    const city = cityHits[0];
    if (city) {
      hints.place = city.display;
    }

    if (intent === "membership") {
      const cochairWords = scores.byIntent.cochairs > 0;
      if (cochairWords && (person || org || unknownName)) query.relation = "cochaired";
      else if (!person && !org && !unknownName && city) query.relation = "held_in";
      else query.relation = "attended";
      if (query.relation === "held_in" && city) query.place = city.display;
    }
    if (intent === "topics") {
      if (topicWords.length > 0 && hints.yesno) hints.topicWords = topicWords.slice(0, 6);
      if (
        /\b(?:outcome|outcomes|result|results|statement|achieved|conclusions)\b/.test(cueText.join(" ")) ||
        /成果|共同ステートメント|声明/.test(japanese.rest)
      ) {
        hints.focus = "outcome";
      }
    }

    // Which round.
    let confidence: "high" | "low" = scores.total >= 3 || mentions.length > 0 ? "high" : "low";
    const usesRound = !["origin", "glossary", "person"].includes(intent);
    if (usesRound) {
      const resolved = this.#resolveRound(roundMentions, intent, query, hints, cityHits, words);
      if (resolved.low) confidence = "low";
      if (intent === "rounds" && query.round !== undefined && !hints.yesno) {
        // "the 2nd round" in a list question: answer about that round
        intent = "round_overview";
        query.intent = intent;
      }
    }
    if (hints.corrections.length > 0 && mentions.every((m) => m.corrected)) confidence = "high";
    if (!anchor) confidence = "low";
    if (intent === "membership" && query.relation === "held_in" && !query.place) query.relation = "attended";
    return { locale, query, hints, confidence };
  }

  #findCities(words: string[], consumed: boolean[], japaneseRest: string) {
    const out: { key: string; display: string; known: boolean; at: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      if (consumed[i]) continue;
      const city = this.#cities.find((c) => c.key === words[i]);
      if (city && !(words[i + 1] === "2020" || words[i + 1] === "olympic" || words[i + 1] === "olympics")) {
        if (!out.some((c) => c.key === city.key)) out.push({ ...city, at: i });
      }
    }
    if (japaneseRest) {
      for (const city of this.#cities) {
        if (
          hasJapanese(city.key) &&
          japaneseRest.includes(city.key) &&
          !out.some((c) => c.display === city.display)
        ) {
          out.push({ ...city, at: -1 });
        }
      }
    }
    return out;
  }

  #unknownName(text: string, words: string[], consumed: boolean[]): string | undefined {
    const patterns = [
      /^(?:(?:hey|so|and|ok|okay|please)[, ]+)*(?:was|were|did|is|are|has|had|does)\s+(?:the\s+|an?\s+)?(.+?)\s+(?:attend|participate|take part|join|go|come|send|present|there|at|in|among|represented|part of|involved|co-?chair|chair|lead|on|a participant|one of)\b/i,
      /\bwhat(?:'s|\s+is|\s+are|\s+does|\s+do|\s+did)\s+(?:the\s+|an?\s+)?(.+?)\s+(?:stand for|mean|short for)\b/i,
      /\bwho(?:'s|\s+is|\s+was)\s+(?!the\b|a\b|an\b|that\b|this\b|it\b)(.+?)\s*\??$/i,
      /\bwhat(?:'s|\s+is|\s+was|\s+are)\s+(?:the\s+|an?\s+)?([A-Z][\w&/.-]*(?:\s+[A-Z][\w&/.-]*){0,4})\s*\??$/,
      /^(.{1,40}?)(?:とは|って何|は何の略|の略|は誰|って誰|は参加|が参加|は出席|が出席)/,
    ];
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      const phrase = match?.[1]?.trim();
      if (!phrase) continue;
      const cleaned = phrase.replace(/^(?:the|a|an)\s+/i, "").replace(/[?？!。、,]+$/, "");
      if (cleaned.length < 2 || cleaned.length > 60) continue;
      const found = this.#index.lookup(cleaned);
      if (found) return undefined;
      const phraseWords = tokenise(cleaned).map((t) => t.text);
      const meaningful = phraseWords.filter(
        (w) => !STOPWORDS.has(w) && !isRoundWord(w) && !this.#cueWord.has(w) && !SIDE_WORDS[w],
      );
      if (meaningful.length === 0) continue;
      if (phraseWords.some((w) => ROUND_NOUNS.has(w) && w !== "one")) continue;
      if (phraseWords.some((w) => this.#cities.some((c) => c.key === w))) continue;
      if (/^(?:it|they|them|there|this|that|he|she|you|i|we)$/i.test(cleaned)) continue;
      return cleaned;
    }
    // An acronym we do not know ("AFP", "ASIO").
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      if (consumed[i] || word.length < 2 || word.length > 8) continue;
      if (this.#known.has(word) || isRoundWord(word) || /\d/.test(word)) continue;
      const raw = text.match(new RegExp(`\\b${word}\\b`, "i"))?.[0];
      if (raw && raw === raw.toUpperCase() && /[A-Z]/.test(raw)) return raw;
    }
    return undefined;
  }

  #resolveRound(
    found: RelatedMention[],
    intent: Query["intent"],
    query: Query,
    hints: Hints,
    cities: { key: string; display: string; known: boolean; at: number }[],
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
    const chosen = [...candidates].sort((a, b) => rank(a) - rank(b))[0];
    let low = chosen !== undefined && chosen.mention.strength === "weak";
    if (low) hints.weakRound = true;
    const relate = (n: number, m: RelatedMention) => {
      if (!m.relation) return n;
      if (intent === "next_round" && m.relation === "after") return n;
      return m.relation === "after" ? n + 1 : n - 1;
    };
    const setRound = (n: number, m: RelatedMention) => {
      const target = relate(n, m);
      if (roundByNumber(kb, target)) query.round = target;
      else hints.missing = { kind: "number", n: target };
    };
    const announcedQuestion = intent === "next_round" && chosen && !chosen.relation;

    if (chosen) {
      const mention = chosen.mention;
      switch (mention.kind) {
        case "number":
          setRound(mention.n, chosen);
          break;
        case "first": {
          const firstRound = kb.rounds[0];
          if (firstRound) setRound(firstRound.number, chosen);
          break;
        }
        case "latest": {
          const latest = intent === "next_round" ? undefined : latestRound(kb);
          if (latest) {
            query.round = latest.number;
            hints.explicitLatest = true;
          }
          break;
        }
        case "previous": {
          const latest = latestHeldRound(kb);
          if (latest) setRound(latest.number - 1, chosen);
          low = true;
          hints.weakRound = true;
          break;
        }
        case "date": {
          const rounds = roundsInYear(kb, mention.year, mention.month);
          if (intent === "rounds") {
            hints.year = mention.year;
          } else if (rounds.length === 1 && rounds[0]) {
            setRound(rounds[0].number, chosen);
          } else if (rounds.length === 0) {
            hints.missing = {
              kind: "date",
              year: mention.year,
              ...(mention.month ? { month: mention.month } : {}),
            };
          } else {
            hints.ambiguous = { candidates: rounds.map((r) => r.number), via: mention.via };
            low = true;
          }
          break;
        }
        case "month": {
          const rounds = roundsInMonth(kb, mention.month);
          if (rounds.length === 1 && rounds[0]) setRound(rounds[0].number, chosen);
          else if (rounds.length === 0) hints.missing = { kind: "month", month: mention.month };
          else {
            hints.ambiguous = { candidates: rounds.map((r) => r.number), via: mention.via };
            low = true;
          }
          break;
        }
      }
      // "where was the 3rd round supposed to be held?": the announcement of round 3 was made by round 2.
      if (announcedQuestion && query.round !== undefined && mention.kind === "number") {
        const asked = query.round;
        const announcement = announcementOf(kb, asked);
        if (this.#asksByTarget(words, chosen.at)) {
          hints.announcedRound = asked;
          if (announcement) query.round = announcement.by.number;
          else delete query.round;
        }
      }
      // A year or a city that contradicts the numbered round is pointed out.
      if (query.round !== undefined && (mention.kind === "number" || mention.kind === "first")) {
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
          !(intent === "membership" && query.relation === "held_in") &&
          intent !== "next_round" &&
          isKnown(round.place) &&
          ![round.place.value.city.en, round.place.value.city.ja].some((n) => n && compactKey(n) === city.key)
        ) {
          hints.conflict = { kind: "place", city: city.display };
        }
      }
      return { low };
    }

    // No round named: a city may name one ("the Canberra round").
    const city = cities[0];
    const cityNamesRound =
      city &&
      intent !== "next_round" &&
      intent !== "rounds" &&
      !(intent === "membership" && query.relation === "held_in");
    if (city && cityNamesRound) {
      const rounds = roundsHeldIn(kb, city.display);
      if (rounds.length === 1 && rounds[0]) query.round = rounds[0].number;
      else if (rounds.length === 0) hints.missing = { kind: "place", city: city.display };
      else {
        hints.ambiguous = { candidates: rounds.map((r) => r.number), via: city.display };
        low = true;
      }
    }
    if (city && intent === "rounds") query.place = city.display;
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
