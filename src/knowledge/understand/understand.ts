/**
 * From a question in plain words to a typed query, in named steps (./steps/), each filling in the scan of
 * the question or stopping the reading:
 *   normalise → names, descriptions, places, rounds, side (every mention, with where it is) → cue words →
 *   the question's form → scope → what is asked → the typed query (slots, how it asks, which round).
 * The result carries the Reading (./reading.ts): the mentions with their spans and the form, for the code
 * downstream (claim checking, follow-ups). Slash commands build their query directly; free text, the CLI
 * and the console share this path.
 */
import type { Locale } from "../answer-types.ts";
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, knownCities } from "../queries.ts";
import { ENGLISH_WORDS } from "./english.ts";
import { Speller } from "./fuzzy.ts";
import type { Understanding } from "./hints.ts";
import { cueWords } from "./intent.ts";
import { NameSpotter } from "./names.ts";
import { matchKey, tokenise } from "./normalise.ts";
import { Places } from "./places.ts";
import { readingOf } from "./reading.ts";
import { Scope } from "./scope.ts";
import { readAsked, refine, yesNoChecks } from "./steps/asked.ts";
import { compareCounts } from "./steps/compare-counts.ts";
import { counterpart } from "./steps/counterpart.ts";
import { readCues } from "./steps/cues.ts";
import { decide } from "./steps/decide.ts";
import { applyDescription, describedOrganisation } from "./steps/describe.ts";
import { findNames } from "./steps/find-names.ts";
import { findPlaces } from "./steps/find-places.ts";
import { findRounds, findSide } from "./steps/find-rounds.ts";
import { readForm, WH_WORDS } from "./steps/form.ts";
import { everyAlso, finish, heldSince, titleAtRound } from "./steps/last-readings.ts";
import { emptyScan, prepare } from "./steps/prepare.ts";
import type { Scan, Stop, Tools } from "./steps/scan.ts";
import { readScope } from "./steps/scope.ts";
import { fillSlots, membershipRelation } from "./steps/slots.ts";
import { findTopicWords } from "./steps/topic-words.ts";
import { findUnknownName } from "./steps/unknown-name.ts";
import { whichRound } from "./steps/which-round.ts";
import {
  COMMON_WORDS,
  LATEST_WORDS,
  MONTHS,
  ORDINAL_WORDS,
  PREVIOUS_WORDS,
  ROUND_NOUNS,
  SIDE_WORDS,
  STOPWORDS,
} from "./vocabulary.ts";

export { askedExtreme, asksRelease, heldAfterYear } from "./steps/phrases.ts";

// biome-ignore lint/suspicious/noConfusingVoidType: a step that never stops the reading returns nothing
export type Step = (scan: Scan, tools: Tools) => Stop | undefined | void;

/** The reading, in order. */
const STEPS: readonly Step[] = [
  // every mention, with where it is
  findNames,
  applyDescription,
  describedOrganisation,
  findPlaces,
  findRounds,
  findSide,
  // the words around them, the question's form, whether it is about this dialogue
  readCues,
  readForm,
  readScope,
  findUnknownName,
  findTopicWords,
  // what is asked, then the typed query
  decide,
  fillSlots,
  readAsked,
  yesNoChecks,
  membershipRelation,
  refine,
  whichRound,
  compareCounts,
  titleAtRound,
  everyAlso,
  counterpart,
  heldSince,
  finish,
];

/** What misspelt words may be corrected to: words that mean something here. */
function meaningfulWords(kb: KnowledgeBase, cueWord: Map<string, string>): Set<string> {
  const meaningful = new Set<string>([
    ...cueWord.keys(),
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
    for (const w of tokenise(term.expansion?.en ?? "")) if (w.text.length >= 5) meaningful.add(w.text);
  }
  for (const place of knownCities(kb)) if (place.city.en) meaningful.add(matchKey(place.city.en));
  return meaningful;
}

/** Every recorded outcome, in matching form (built once: a question compares, never recomputes). */
function recordedOutcomes(kb: KnowledgeBase): Tools["outcomes"] {
  const out: Tools["outcomes"] = [];
  for (const round of kb.rounds) {
    if (!isKnown(round.outcome)) continue;
    const en = round.outcome.value.en ? matchKey(round.outcome.value.en) : "";
    const ja = round.outcome.value.ja ?? "";
    out.push({
      round: round.number,
      en: en.length >= 6 && en.split(" ").length <= 4 ? en : "",
      ja: ja.length >= 3 ? ja : "",
    });
  }
  return out;
}

export class Understander {
  readonly #tools: Tools;

  constructor(kb: KnowledgeBase, index: NameIndex) {
    const cueWord = cueWords();
    const meaningful = meaningfulWords(kb, cueWord);
    const known = new Set<string>([...meaningful, ...STOPWORDS, ...COMMON_WORDS, ...ENGLISH_WORDS]);
    const speller = new Speller(
      [...meaningful].filter((w) => w.length >= 3 && !/\d/.test(w)),
      2,
      (w) => cueWord.get(w) ?? w,
    );
    const places = new Places(kb);
    const names = new NameSpotter(kb, index, known, cueWord, (w) => places.isCity(w));
    this.#tools = {
      kb,
      index,
      speller,
      places,
      names,
      known,
      cueWord,
      outcomes: recordedOutcomes(kb),
      scope: new Scope(kb),
    };
  }

  /** Reads a question step by step (see ./steps/): each step fills in the scan, or stops the reading. */
  understand(raw: string, forced?: Locale): Understanding {
    const scan = emptyScan(forced ?? "en");
    const stopped = prepare(raw, forced, scan) ?? this.#read(scan);
    const { locale, query, hints, confidence } = scan;
    return { ...(stopped ?? { locale, query, hints, confidence }), reading: readingOf(scan) };
  }

  /** The scan of a question after the steps up to `last` (all when not given), and where it stopped. */
  scan(raw: string, last?: Step, forced?: Locale): { scan: Scan; stopped?: Stop } {
    const scan = emptyScan(forced ?? "en");
    const stopped = prepare(raw, forced, scan) ?? this.#read(scan, last);
    return stopped ? { scan, stopped } : { scan };
  }

  #read(scan: Scan, last?: Step): Stop | undefined {
    for (const step of STEPS) {
      const stopped = step(scan, this.#tools);
      if (stopped) return stopped;
      if (step === last) break;
    }
    return undefined;
  }
}
