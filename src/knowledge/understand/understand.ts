/**
 * From a question in plain words to a Query: what is asked (intent) and about what (round, side,
 * organisation, person, term, place), with hints for the composers (yes/no, a round that does not exist,
 * an ambiguous reference, a name that is not in the knowledge base…).
 */
import type { Locale, Query } from "../answer-types.ts";
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, knownCities, roundsCochairedBy, roundsInYear } from "../queries.ts";
import { describeRound } from "./describe-round.ts";
import { ENGLISH_WORDS } from "./english.ts";
import {
  detectSide,
  type EntityMention,
  fuzzyJapanesePeople,
  matchJapaneseNames,
  matchNames,
} from "./entities.ts";
import { Speller } from "./fuzzy.ts";
import type { Hints, Understanding } from "./hints.ts";
import { defuse } from "./hostile.ts";
import {
  asksDialogueName,
  cueWords,
  decideIntent,
  type Features,
  refineIntent,
  scoreCues,
} from "./intent.ts";
import { kanaToTerms } from "./kana.ts";
import { NameSpotter } from "./names.ts";
import { cleanInput, compactKey, hasJapanese, looksJapanese, matchKey, tokenise } from "./normalise.ts";
import { type CityHit, Places } from "./places.ts";
import { resolveRound } from "./resolve-round.ts";
import {
  englishRoundMentions,
  isRoundWord,
  japaneseRoundMentions,
  oddRoundMentions,
  type RelatedMention,
} from "./rounds.ts";
import {
  ANCHOR_JA,
  ANCHOR_WORDS,
  COMMON_WORDS,
  JA_TOPIC_TERMS,
  LATEST_WORDS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PREVIOUS_WORDS,
  ROUND_NOUNS,
  SIDE_WORDS,
  STOPWORDS,
} from "./vocabulary.ts";

/** A span of years: "between 2015 and 2017", "from 2015 to 2017", "2015–2017", "2015年から2017年". */
function yearSpan(text: string, japanese: string): [number, number] | undefined {
  const en =
    /\b(?:between|from) (\d{4}) (?:and|to|until|till|through|thru) (\d{4})\b/.exec(text) ??
    /\b(\d{4}) (?:to|until|through|thru) (\d{4})\b/.exec(text);
  const ja = /(\d{4})年?(?:から|〜|～|-|–)(\d{4})年/.exec(japanese);
  const m = en ?? ja;
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (!(a >= 1990 && b >= 1990 && a <= 2100 && b <= 2100)) return undefined;
  return a <= b ? [a, b] : [b, a];
}

/** A span of round numbers: "rounds 1 to 3", "rounds one through three", "rounds 1-3", "第1回から第3回". */
function roundSpan(text: string, raw: string, japanese: string): [number, number] | undefined {
  const n = (w: string | undefined) =>
    w === undefined ? undefined : /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w];
  const en =
    /\b(?:rounds|meetings|dialogues|sessions) (\w+) (?:to|through|thru|until) (\w+)\b/.exec(text) ??
    /\b(?:round|meeting|dialogue|session)s? (\d{1,3})\s*[-–~〜]\s*(\d{1,3})\b/i.exec(raw) ??
    /\b(?:from )?(?:round|meeting|dialogue|session) (\w+) (?:to|through|thru|until) (?:round |meeting |dialogue |session )?(\w+)\b/.exec(
      text,
    );
  const ja = /第?(\d{1,3})回(?:目)?(?:から|〜|～|-|–)第?(\d{1,3})回/.exec(japanese);
  const m = en ?? ja;
  const a = n(m?.[1]);
  const b = n(m?.[2]);
  if (a === undefined || b === undefined || a === b) return undefined;
  return a < b ? [a, b] : [b, a];
}

/** A romanised Japanese word in Hepburn spelling without long-vowel marks. */
function romanisationVariant(word: string): string {
  return word
    .replace(/(?<=[a-z])oh(?=[^aeiou]|$)|^oh(?=[^aeiou])/g, "o")
    .replace(/o[ou]/g, "o")
    .replace(/uu/g, "u")
    .replace(/si/g, "shi")
    .replace(/ti/g, "chi")
    .replace(/tu/g, "tsu")
    .replace(/zi/g, "ji")
    .replace(/hu/g, "fu")
    .replace(/sy([aou])/g, "sh$1")
    .replace(/ty([aou])/g, "ch$1")
    .replace(/zy([aou])/g, "j$1");
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
/** Size words of a comparison of rounds by their participants ("the most agencies", "参加機関が一番多い"). */
const PARTICIPANT_NOUNS =
  /\b(?:agenc(?:y|ies)|organi[sz]ations?|orgs|bodies|ministries|departments|participants|participation|delegations?|delegates|officials|attendees|people)\b/;
export function askedExtreme(text: string, japanese: string): "most" | "fewest" | undefined {
  const en =
    PARTICIPANT_NOUNS.test(text) && /\b(?:which|what|when)\b|\bround\b|\bmeeting\b|\bsession\b/.test(text);
  if (en && /\b(?:fewest|least|smallest)\b/.test(text)) return "fewest";
  if (en && /\b(?:most(?! recent| current| latest)|largest|biggest|greatest|highest)\b/.test(text))
    return "most";
  if (!/機関|省庁|組織|代表団|参加者|参加|出席|顔ぶれ/.test(japanese)) return undefined;
  if (/(?:一番|最も|もっとも|いちばん)少な|最少|最小/.test(japanese)) return "fewest";
  if (/(?:一番|最も|もっとも|いちばん)(?:多|大)|最多|最大/.test(japanese)) return "most";
  return undefined;
}

const JA_WH = /誰|だれ|どなた|いつ|どこ|何|なに|なん|どの|どんな|どう|いくつ|どれ|なぜ|どちら|どっち/;
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
/** Other meetings and agreements between Japan and Australia (or of the region) that share its words. */
const OTHER_FORUM =
  /(?:^|[^\w+])(?:2|two)\s*(?:\+|＋|plus|プラス)\s*(?:2|two)(?![\w+])|\b(?:JAEPA|EPA|FTA|AUKUS|Quad|RAA|G7|G8|G20|APEC|NATO|UNGA|East Asia Summit)\b|\bnext (?:[\w–-]+ )?(?:summit|leaders'? (?:meeting|summit))\b|\b(?:free trade|economic partnership|trade (?:agreement|deal|pact)|reciprocal access|defen[cs]e (?:pact|treaty)|security (?:treaty|pact))\b|経済連携協定|自由貿易|円滑化協定|外務・防衛|閣僚協議|日米豪印|クアッド|次の首脳会談|次回の首脳会談|次のサミット/i;
/** Words that name this dialogue itself. */
const THIS_DIALOGUE = /\bcyber\b|サイバー/i;
const RELEASE_WHEN = /\b(?:when|what date|which date|what day|dated)\b/;
const RELEASE_DOC =
  /\b(?:press release|media release|release|statement|joint statement|readout|announcement)\b/;
const RELEASE_VERB =
  /\b(?:publish|published|issue|issued|release|released|put out|come out|came out|dated|announce|announced)\b/;

/** "When was the joint statement issued?", "第2回の発表はいつ？" — asks for the date of a release. */
export function asksRelease(text: string, japanese: string): boolean {
  if (/\bnext\b/.test(text) || /次/.test(japanese)) return false;
  if (RELEASE_WHEN.test(text) && RELEASE_DOC.test(text) && RELEASE_VERB.test(text.replace(RELEASE_DOC, "")))
    return true;
  return (
    /(?:発表|公表|発出|プレスリリース|報道発表|共同ステートメント|声明)(?:日|され|した|は|の日)/.test(
      japanese,
    ) &&
    /いつ|何日|日付|何月|発表日|公表日/.test(japanese) &&
    !/開催すると|どこ|場所|開催地/.test(japanese)
  );
}

/** "since 2017" / "after 2018" / "2017年以降" in a question of whether a round has been held since. */
export function heldAfterYear(
  text: string,
  japanese: string,
): { year: number; inclusive: boolean } | undefined {
  const en = /\b(since|after|from) (\d{4})\b(?! (?:to|until|till|through)\b)/.exec(text);
  const exists =
    /\b(?:(?:has|have|had|was|were|is|are|did) there|any|anything|been|happened|held|take place|taken place|took place|met|meet|since then)\b/;
  if (en?.[2] && exists.test(text)) return { year: Number(en[2]), inclusive: en[1] !== "after" };
  const ja = /(\d{4})年(以降|以来|から|より後|の後|より あと|以後)/.exec(japanese);
  if (ja?.[1] && /ある|あった|あります|開催|行われ|開かれ|ありました/.test(japanese))
    return { year: Number(ja[1]), inclusive: ja[2] !== "より後" && ja[2] !== "の後" };
  return undefined;
}

export class Understander {
  readonly #kb: KnowledgeBase;
  readonly #index: NameIndex;
  readonly #speller: Speller;
  readonly #places: Places;
  readonly #names: NameSpotter;
  readonly #known = new Set<string>();
  readonly #cueWord: Map<string, string>;
  /** every recorded outcome, in matching form (built once: a question compares, never recomputes) */
  readonly #outcomes: { round: number; en: string; ja: string }[] = [];

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
    for (const round of kb.rounds) {
      if (!isKnown(round.outcome)) continue;
      const en = round.outcome.value.en ? matchKey(round.outcome.value.en) : "";
      const ja = round.outcome.value.ja ?? "";
      this.#outcomes.push({
        round: round.number,
        en: en.length >= 6 && en.split(" ").length <= 4 ? en : "",
        ja: ja.length >= 3 ? ja : "",
      });
    }
    this.#places = new Places(kb);
    this.#names = new NameSpotter(kb, index, this.#known, this.#cueWord, (w) => this.#places.isCity(w));
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
    // "round 2.5", "round -1": a round number no round can have, taken out before the words are read
    const odd = oddRoundMentions(kanaToTerms(defused.text));
    const input = odd.text;

    // Words, names, and misspelt words corrected toward the vocabulary or toward the names.
    // At most 80 words: the first 30 and the last 50 (a long message ends with its question).
    const allTokens = tokenise(input);
    const tokens = allTokens.length > 80 ? [...allTokens.slice(0, 30), ...allTokens.slice(-50)] : allTokens;
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
    const compact = hasJapanese(input) ? compactKey(input) : "";
    const japanese = matchJapaneseNames(this.#index, compact);
    for (const mention of japanese.mentions) {
      if (!mentions.some((m) => m.ref.kind === mention.ref.kind && m.ref.id === mention.ref.id))
        mentions.push(mention);
    }
    if (!mentions.some((m) => m.ref.kind === "person")) {
      const near = fuzzyJapanesePeople(this.#index, japanese.rest);
      japanese.rest = near.rest;
      mentions.push(...near.mentions);
    }
    for (const mention of this.#names.katakanaNames(japanese.rest)) {
      if (!mentions.some((m) => m.ref.kind === mention.ref.kind && m.ref.id === mention.ref.id))
        mentions.push(mention);
    }
    // A round described by what is recorded about it ("the round Feakin co-chaired"): the description
    // becomes a round reference, and the entity that only described it is not what is asked about.
    const description = describeRound(this.#kb, words, mentions, japanese.rest, this.#outcomes);
    if (description) {
      japanese.rest = description.japanese;
      const describer = description.describer;
      if (describer) {
        for (let k = mentions.length - 1; k >= 0; k--) {
          const m = mentions[k];
          if (m && m.ref.kind === describer.kind && m.ref.id === describer.id) mentions.splice(k, 1);
        }
      }
      for (const k of description.drop) consumed[k] = true;
      if (description.firstAttended && describer?.kind === "organisation")
        hints.firstAttended = { organisation: describer.id, round: description.round };
    }
    for (const mention of mentions) {
      if (mention.corrected) hints.corrections.push({ typed: mention.typed, ref: mention.ref });
    }

    // An organisation described rather than named ("Japan's police agency"), when none is named.
    // Also when the organisation named is of the other side ("Japan's defence ministry" read as Australia's
    // Department of Defence): the description of the side named wins.
    const sideNamed = detectSide(words, consumed, japanese.rest);
    const orgMention = mentions.find((m) => m.ref.kind === "organisation");
    const wrongSide =
      orgMention !== undefined &&
      sideNamed !== undefined &&
      this.#kb.organisations.get(orgMention.ref.id)?.country !== sideNamed;
    if (!orgMention || wrongSide) {
      const described = this.#names.describedOrganisation(
        words,
        wrongSide ? words.map(() => false) : consumed,
        sideNamed,
      );
      if (described && wrongSide && orgMention) mentions.splice(mentions.indexOf(orgMention), 1);
      if (described) {
        const ref = { kind: "organisation" as const, id: described.id };
        mentions.push({
          ref,
          alternatives: [ref],
          typed: described.typed,
          corrected: true,
          start: -1,
          end: -1,
        });
      }
    }
    const cityHits = this.#places.find(words, consumed, japanese.rest);
    // "held in Japan": a country where a city would be
    if (cityHits.length === 0) {
      const joined = words.join(" ");
      const country =
        /\b(?:in|to|outside|than|except|besides) (japan|australia)\b/.exec(joined)?.[1] ??
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
    // "初回の次の回", "第2回の次の会合": the round after a round named, not what it announced
    japanese.rest = japanese.rest.replace(
      /(第[0-9〇一二三四五六七八九十]{1,9}回|初回|最初の(?:回|会合|協議|会議))の次の(回|会合|協議|会議)/g,
      "$1の後の$2",
    );
    const roundMentions: RelatedMention[] = [
      ...odd.mentions,
      ...englishRoundMentions(words).filter((m) => !description?.drop.has(m.at)),
      ...japaneseRoundMentions(japanese.rest),
    ];
    if (description) {
      const at = description.drop.size > 0 ? Math.min(...description.drop) : -1;
      roundMentions.unshift(
        description.year !== undefined
          ? {
              mention: { kind: "date", year: description.year, strength: "strong", via: description.via },
              at,
            }
          : {
              mention: { kind: "number", n: description.round, strength: "strong", via: description.via },
              at,
            },
      );
    }
    let side = detectSide(words, consumed, japanese.rest);
    // "the round held in Australia": a country named as the place is where, not whose side is asked —
    // unless the side is named again ("Australia's co-chair at the round held in Japan").
    const countryPlace = cityHits.find((c) => c.key === "japan" || c.key === "australia");
    if (
      side !== undefined &&
      countryPlace &&
      SIDE_WORDS[countryPlace.key] === side &&
      words.filter((w) => SIDE_WORDS[w] === side).length +
        (japanese.rest.match(/日本|オーストラリア|豪州/g)?.length ?? 0) ===
        1 &&
      !/(?:日本|オーストラリア|豪州)側/.test(japanese.rest)
    )
      side = undefined;

    // Cue words (not inside names); a name becomes "ent" so that "what is ent" still reads.
    const cueText: string[] = [];
    for (let i = 0; i < words.length; i++) {
      if (description?.drop.has(i)) continue;
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
    const ending = input.replace(/\s+/g, "");
    const jaYesNo =
      compact.length > 0 &&
      !JA_WH.test(japanese.rest) &&
      !cueText.some((w) => WH_WORDS.has(w)) &&
      (/(?:か|かな|かしら|のか|の|んですか|ですか|ますか|ましたか|でしたか|ね|よね)[?？。]*$|(?:した|いた|された|だった|ある|あった|いる|れた)[?？]+$/.test(
        ending,
      ) ||
        // "Rob McKinnonは第3回の共同議長？": a statement about a name, asked
        (mentions.some((m) => m.ref.kind !== "term") &&
          /[\u3040-\u30FF\u3400-\u9FFF][?？]$/.test(ending) &&
          !/(?:は|って|とは)[?？]+$/.test(ending)));
    const choice = /\bor\b/.test(text) && !/\bor not\b|\byes or no\b/.test(text);
    hints.yesno =
      ((YESNO_START.has(firstWord) &&
        (!hasWh || (!embeddedWh && !WH_WORDS.has(cueText[cueText.indexOf(firstWord) + 1] ?? "")))) ||
        jaYesNo ||
        /^(?:is it true|i(?:'m| am) sure|i think|confirm)\b/.test(text) ||
        // "…, right?", "…, was it?" — but not "…and where was it?"
        (TAG_QUESTION.test(input) &&
          !/\b(?:where|when|who|what|which|how|why|whose)\s+(?:was|were|did|is|are)\s+(?:it|he|she|they)\s*\?*\s*$/i.test(
            input,
          )) ||
        // "…tell me Feakin co-chaired round 1.": a claim about a name is checked like a yes/no question
        (!hasWh &&
          mentions.some((m) => m.ref.kind !== "term") &&
          /\b(?:cochaired|chaired|attended|participated|led|headed)\b/.test(text))) &&
      !choice;

    const anchor =
      roundMentions.some((m) => m.mention.strength === "strong") ||
      mentions.length > 0 ||
      words.some((w, i) => !consumed[i] && ANCHOR_WORDS.has(w)) ||
      /\bnext (?:one|round|meeting|dialogue|session|time)\b/.test(text) ||
      ANCHOR_JA.test(japanese.rest) ||
      scores.anchored;

    // A dialogue with another country ("the Japan–US cyber dialogue") is not in the knowledge base.
    if (
      this.#places.otherDialogue(
        words,
        consumed,
        tokens.map((t) => t.raw),
        japanese.rest,
      )
    )
      return unknown("other_dialogue");

    // Another forum between the two countries ("the 2+2", "the EPA", "AUKUS"): not this dialogue,
    // unless the question also names this dialogue ("was the 2+2 mentioned at the cyber policy dialogue?").
    if (OTHER_FORUM.test(input) && !THIS_DIALOGUE.test(input)) return unknown("other_forum");

    // A name-like phrase the exact pass did not find: a misspelt or reordered name, or one not on record.
    let unknownName: string | undefined;
    if (!mentions.some((m) => m.ref.kind !== "term")) {
      const phrase = this.#names.namePhrase(input, words, consumed, japanese.rest);
      if (phrase && "entity" in phrase) {
        const { ref, how } = phrase.entity;
        const describer = description?.describer;
        const describes = describer && describer.kind === ref.kind && describer.id === ref.id;
        if (!describes && !mentions.some((m) => m.ref.kind === ref.kind && m.ref.id === ref.id)) {
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
      } else if (phrase && !(description?.describer && phrase.unknown.includes(description.via))) {
        // (not the name that only described a round: "フィーキン氏が共同議長を務めた回")
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
      !mentions.some((m) => m.ref.kind === "person") &&
      roundMentions.length === 0 &&
      (/\bwho\b|\bwhos\b|\bwhich\b/.test(text) || /誰|だれ|どの人|どなた/.test(japanese.rest))
    ) {
      const holders = this.#names.roleHolders(words, japanese.rest, side);
      // "Who is the prime minister now?": the record has who held a post then, not who holds it now
      if (holders && features.current) return unknown("current");
      if (holders) {
        intent = "person";
        hints.roleHolders = holders;
      }
    }
    // "When did MOFA publish its release on the 2nd dialogue?", "第2回の発表はいつ？": the date of the release
    // or statement, not whether MOFA was there or what was announced.
    if (asksRelease(input.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " "), japanese.rest)) {
      intent = "when_where";
      hints.released = true;
    }
    // "What happened on 7 April 2014?", "平成26年4月7日に何があった？": the date of the agreement, when no
    // round was held then, asks about the origin.
    if (
      ["unknown", "round_overview", "when_where", "rounds"].includes(intent) &&
      !hints.yesno &&
      !words.some((w) => /^(?:rounds?|meetings?|sessions?)$/.test(w)) &&
      this.#originDateAsked(roundMentions)
    )
      intent = "origin";
    if (
      intent === "unknown" ||
      (defused.code && !(scores.anchored && scores.total >= 4)) ||
      (defused.injection && !anchor)
    ) {
      return unknown(defused.code ? "code" : defused.injection ? "injection" : "offtopic");
    }

    // "Which round had the most agencies?", "Which round had the largest Japanese delegation?",
    // "参加機関が一番多かった回は？": the rounds compared by the size of their recorded participant lists.
    const extreme = askedExtreme(`${text} ${input.toLowerCase()}`, japanese.rest);
    if (
      extreme &&
      !mentions.some((m) => m.ref.kind !== "term") &&
      !roundMentions.some((m) => m.mention.strength === "strong" && m.mention.kind === "number") &&
      ["agencies", "when_where", "rounds", "round_overview", "membership", "unknown"].includes(intent) &&
      !hints.yesno
    ) {
      intent = "agencies";
      hints.extreme = extreme;
      roundMentions.length = 0;
      delete hints.weakRound;
      delete hints.relative;
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
    if (
      /\b(?:outside|other than|apart from|except|besides|not in|anywhere but)\b/.test(text) ||
      /以外/.test(japanese.rest)
    ) {
      hints.outside = true;
    }
    if (
      /\b(?:annual|annually|yearly|every year|how often|frequency|regularly|regular)\b/.test(text) ||
      /毎年|定期|頻度|年に一度/.test(japanese.rest)
    ) {
      hints.frequency = true;
    }
    if (CURRENT.test(text) || /現在|今の|現職|いまの/.test(japanese.rest)) hints.current = true;
    const weekday = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(text)?.[1];
    if (weekday) hints.weekday = weekday;
    const same = /\bsame (city|place|year|month|venue|location|country) as\b/.exec(text);
    if (same?.[1]) hints.same = /year/.test(same[1]) ? "year" : /month/.test(same[1]) ? "month" : "place";
    if (
      /\b(?:across|in total|overall|altogether|combined|ever|over the years|round by round|by round|per round|for each round|each time|every time|so far|to date)\b/.test(
        text,
      ) ||
      /これまで|全体で|合計|延べ|歴代|すべての|全ての|回ごと|各回|毎回|回別|今まで/.test(japanese.rest) ||
      // "List all co-chairs", "the co-chairs on record", "which officials co-chaired rounds"
      (roundMentions.length === 0 && /\b(?:all|every|each|list|rounds)\b|\bon record\b/.test(text))
    ) {
      hints.acrossRounds = true;
    }
    if (
      /\bbut not\b|\bnot (?:at|in) (?:the )?(?:round|\d|first|second|third|fourth|fifth)|\bonly (?:at|in)\b/.test(
        text,
      )
    )
      hints.difference = true;
    const nameIn =
      /\b(japanese|english) (?:name|title|word|term|translation|equivalent|spelling|version|rendering|for)\b|\b(?:in|into|to) (japanese|english)\b|\b(?:called|named|written|said|spelt|spelled|translated|known as) (?:as )?in (japanese|english)\b/.exec(
        text,
      );
    const nameInJa = /(日本語|英語)(?:で|の|名|表記|訳)|(和訳|英訳|和名|英名)/.exec(japanese.rest);
    const nameLanguage = nameIn ? (nameIn[1] ?? nameIn[2] ?? nameIn[3]) : (nameInJa?.[1] ?? nameInJa?.[2]);
    if (nameLanguage) hints.nameLanguage = /japanese|日本語|和訳|和名/.test(nameLanguage) ? "ja" : "en";
    if (hints.yesno) {
      hints.contentWords = topicWords;
      // "Did Abe and Turnbull agree…?": every person named is checked, the ones not on record too
      const people = [...new Set(mentions.filter((m) => m.ref.kind === "person").map((m) => m.ref.id))];
      if (people.length > 0) hints.namedPeople = people;
      const unrecorded = tokens
        .map((t, i) => ({ t, i }))
        .filter(
          ({ t, i }) =>
            i > 0 &&
            !consumed[i] &&
            /^[A-Z][a-z]{2,}$/.test(t.raw) &&
            !this.#known.has(t.text) &&
            !this.#index.byKey.has(t.text) &&
            !SIDE_WORDS[t.text] &&
            !this.#places.isCity(t.text) &&
            MONTHS[t.text] === undefined,
        )
        .map(({ t }) => t.raw);
      if (unrecorded.length > 0) hints.unrecordedNames = unrecorded;
    }
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
      // "Who from MOFA attended round 3?", "第3回の外務省からは誰が来ましたか": who, not whether
      if (
        org &&
        !person &&
        query.relation === "attended" &&
        !hints.yesno &&
        (/\b(?:who|whom)\b/.test(text) || /誰|だれ|どなた/.test(japanese.rest))
      )
        hints.whoFrom = true;
    }
    intent = refineIntent(intent, scores);
    query.intent = intent;
    if (intent === "topics" || intent === "outcomes") {
      if (/\bstatement\b/.test(text) || /ステートメント|声明/.test(japanese.rest)) hints.asksStatement = true;
      if (intent === "topics" && topicWords.length > 0) hints.topicWords = topicWords.slice(0, 6);
    }

    // Which round.
    let confidence: "high" | "low" = scores.total >= 2 || mentions.length > 0 ? "high" : "low";
    if (!["origin", "glossary", "person"].includes(intent)) {
      const resolved = resolveRound(this.#kb, roundMentions, intent, query, hints, cityHits, words);
      if (resolved.low) confidence = "low";
      if (
        query.round === undefined &&
        !hints.missing &&
        !hints.ambiguous &&
        roundMentions.length === 0 &&
        intent !== "topics" &&
        intent !== "outcomes"
      ) {
        const byOutcome = this.#roundByOutcome(text, japanese.rest);
        if (byOutcome !== undefined) query.round = byOutcome;
      }
      // "between 2015 and 2017", "2015年から2017年まで": every round of the span
      const span = yearSpan(words.join(" "), japanese.rest);
      const numbers = roundSpan(words.join(" "), input, japanese.rest);
      if ((span || numbers) && intent !== "rounds") {
        const inSpan = this.#kb.rounds.filter((r) =>
          numbers
            ? r.number >= numbers[0] && r.number <= numbers[1]
            : span !== undefined &&
              isKnown(r.date) &&
              r.date.value.year >= span[0] &&
              r.date.value.year <= span[1],
        );
        const first = inSpan[0];
        if (first) {
          query.round = first.number;
          delete hints.missing;
          delete hints.ambiguous;
          delete hints.conflict;
          delete hints.otherRound;
          if (inSpan.length > 1) hints.rounds = inSpan.map((r) => r.number);
          else delete hints.rounds;
        }
      }
      if (intent === "rounds" && query.round !== undefined && !hints.yesno && hints.year === undefined) {
        // "the 2nd round" in a list question: answer about that round
        intent = "round_overview";
        query.intent = intent;
      }
    }
    // "Who was Australia's Ambassador for Cyber Affairs at round 3?": a recorded title and a round name the
    // co-chair who held that title at that round (through the co-chair table, not a scan of the rounds).
    if (
      (intent === "cochairs" ||
        intent === "person" ||
        intent === "round_overview" ||
        (intent === "membership" && !person)) &&
      !person &&
      query.round !== undefined &&
      (!hints.yesno || /誰|だれ|どなた/.test(japanese.rest)) &&
      !hints.rounds &&
      (/\bwho\b|\bwhos\b|\bwhich\b/.test(text) || /誰|だれ|どの人|どなた/.test(japanese.rest))
    ) {
      const round = query.round;
      const holders = this.#names.roleHolders(words, japanese.rest, side);
      const atRound = holders?.people.filter((id) =>
        roundsCochairedBy(this.#kb, id).some((c) => c.round.number === round),
      );
      const holder = atRound?.length === 1 ? atRound[0] : undefined;
      if (holder) {
        intent = "person";
        query.intent = intent;
        query.person = holder;
        delete query.relation;
        delete query.organisation;
        hints.yesno = false;
      }
    }
    // "Has there been a round since 2017?", "Any meetings after 2018?", "2017年以降に開催された回はある？":
    // whether any round was held after that year — the rounds held since, not the round after it.
    const after = heldAfterYear(words.join(" "), japanese.rest);
    if (
      after &&
      !person &&
      !org &&
      ["rounds", "when_where", "round_overview", "next_round", "unknown"].includes(intent)
    ) {
      intent = "rounds";
      for (const key of Object.keys(query)) delete query[key as keyof Query];
      query.intent = intent;
      for (const key of [
        "year",
        "missing",
        "ambiguous",
        "conflict",
        "otherRound",
        "rounds",
        "date",
        "weakRound",
        "relative",
      ] as const)
        delete hints[key];
      hints.heldAfter = after;
    }
    if (!anchor) confidence = "low";
    if (intent === "membership" && query.relation === "held_in" && !query.place) query.relation = "attended";
    return { locale, query, hints, confidence };
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
      // Romanisation variants of Japanese names: long vowels ("Ootaka", "Ohtaka", "Ōtaka" → "otaka") and
      // Kunrei spellings ("Mizusima" → "mizushima", "Tuyosi" → "tsuyoshi").
      const hepburn = romanisationVariant(word);
      if (hepburn !== word && this.#index.byKey.has(hepburn)) {
        words[i] = hepburn;
        corrected[i] = true;
        towardNames = true;
        continue;
      }
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
        // a vocabulary word that is also a name ("ungee" → "ungge"): matched as a name after all
        if (this.#index.byKey.has(asWord.word)) {
          corrected[i] = true;
          towardNames = true;
        }
      }
    }
    return towardNames;
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
        !this.#places.isCity(w),
    );
    for (const [ja, en] of Object.entries(JA_TOPIC_TERMS)) if (japaneseRest.includes(ja)) out.push(...en);
    return [...new Set(out)];
  }

  /** A date in the question that is the agreement's (to the month at least), and no round's. */
  #originDateAsked(mentions: RelatedMention[]): boolean {
    const origin = this.#kb.dialogue.origin;
    if (!isKnown(origin)) return false;
    const date = origin.value.date;
    return mentions.some(
      ({ mention: m }) =>
        m.kind === "date" &&
        m.month !== undefined &&
        m.year === date.year &&
        m.month === date.month &&
        (m.day === undefined || date.day === undefined || m.day === date.day) &&
        roundsInYear(this.#kb, m.year, m.month).length === 0,
    );
  }

  /** "the dialogue that issued a joint statement": the round whose recorded outcome the question names. */
  #roundByOutcome(text: string, japaneseRest: string): number | undefined {
    let found: number | undefined;
    for (const outcome of this.#outcomes) {
      if ((outcome.en && text.includes(outcome.en)) || (outcome.ja && japaneseRest.includes(outcome.ja))) {
        if (found !== undefined) return undefined;
        found = outcome.round;
      }
    }
    return found;
  }
}
