/** The facts of a round that a release states, each found in one sentence. */
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Country, DateValue, Place } from "../types.ts";
import { findDate, MONTHS } from "./dates.ts";
import { matchOrganisationList, type NewOrganisation } from "./names.ts";

export type Found<T> = { value: T; sentence: string; note?: string };

const ORDINAL = /\b(\d+)(?:st|nd|rd|th)\b/;
const CITY = "([A-Z][\\w'-]*(?: [A-Z][\\w'-]*)*)";

/** The sentence that reports the meeting: a number, a date and "held"/"took place"/"開催された". */
export function heldSentence(sentences: string[]): string | undefined {
  return sentences.find(
    (s) => (/\b(?:was held|took place)\b/.test(s) || /開催された/.test(s)) && findDate(s) !== undefined,
  );
}

/** "The 2nd Japan-Australia Cyber Policy Dialogue", "The inaugural meeting", "第1回日豪サイバー政策協議". */
export function roundNumber(sentence: string): number | undefined {
  const ja = /第(\d+)回/.exec(sentence.normalize("NFKC"));
  if (ja) return Number(ja[1]);
  if (/\b(?:inaugural|first)\b/i.test(sentence)) return 1;
  const en = ORDINAL.exec(sentence);
  return en ? Number(en[1]) : undefined;
}

/** Every city the knowledge base knows, by its English and Japanese names. */
function knownCities(kb: KnowledgeBase): Place[] {
  const places: Place[] = [];
  for (const round of kb.rounds) {
    if (round.place.status === "known") places.push(round.place.value);
    const next = round.nextRoundAnnounced;
    if (next.status === "known" && next.value.place) places.push(next.value.place);
  }
  return places;
}

/** The place a sentence names ("held in Tokyo", "キャンベラにおいて"), with the other language's name when on record. */
export function findPlace(
  kb: KnowledgeBase,
  sentence: string,
  after = "(?:held|took place|hold [^.]*?)",
): string | Place | undefined {
  const en = new RegExp(`\\b${after}\\s+in\\s+${CITY}`).exec(sentence)?.[1];
  const ja = /([^\s、，,。]+?)(?:において|で開催)/.exec(sentence)?.[1];
  const name = en && !MONTHS.includes(en) ? en : ja;
  if (!name) return undefined;
  const known = knownCities(kb).find((p) => p.city.en === name || p.city.ja === name);
  return known ? { city: { ...known.city }, country: known.country } : name;
}

/** The meeting date of the held sentence, the year supplied by the release's date where the sentence has none. */
export function meetingDate(sentence: string, released: DateValue | undefined): Found<DateValue> | undefined {
  const found = findDate(sentence);
  const year = found?.year ?? released?.year;
  if (!found || year === undefined) return undefined;
  const value: DateValue = { year, month: found.month, day: found.day, precision: "day", approximate: false };
  if (found.year !== undefined) return { value, sentence };
  return { value, sentence, note: `the year is that of the release (${released?.year})` };
}

export interface Participants {
  side: Country;
  ids: string[];
  complete: boolean;
  unknown: NewOrganisation[];
  sentence: string;
}

const SIDE_LISTS: { side: Country; pattern: RegExp }[] = [
  { side: "JP", pattern: /on the Japanese side,?\s+(.+?)(?:,?\s+and on the Australian side\b|\.$|$)/ },
  { side: "AU", pattern: /on the Australian side,?\s+(.+?)\.?$/ },
  { side: "JP", pattern: /日本(?:側)?から[、，,]?(.+?)の関係者/ },
  { side: "AU", pattern: /豪(?:州)?側から(?:は)?[、，,]?(.+?)の関係者/ },
];

/** The participants per side that the release lists, matched to the organisations on record. */
export function findParticipants(index: NameIndex, sentences: string[]): Participants[] {
  const found: Participants[] = [];
  for (const sentence of sentences) {
    for (const { side, pattern } of SIDE_LISTS) {
      const list = pattern.exec(sentence)?.[1];
      if (!list || found.some((p) => p.side === side)) continue;
      const { ids, unknown } = matchOrganisationList(index, list, side);
      const complete = !/\bincluding\b/i.test(sentence) && !/等|など/.test(list);
      if (ids.length + unknown.length > 0) found.push({ side, ids, complete, unknown, sentence });
    }
  }
  return found;
}

/** "Japan and Australia will hold the 4th … in Canberra next year.": the round, place and year announced. */
export function findNextRound(
  kb: KnowledgeBase,
  sentences: string[],
  released: DateValue | undefined,
): Found<{ round: number; place?: Place; year?: number; city?: string }> | undefined {
  for (const sentence of sentences) {
    if (!/\bwill hold\b|次回|開催する予定/.test(sentence)) continue;
    const round = roundNumber(sentence);
    if (round === undefined) continue;
    const place = findPlace(kb, sentence, "hold [^.]*?");
    const explicit = /\bin (\d{4})\b|(\d{4})年/.exec(sentence);
    const nextYear = /\bnext year\b|来年/.test(sentence) && released ? released.year + 1 : undefined;
    const year = explicit ? Number(explicit[1] ?? explicit[2]) : nextYear;
    const note = nextYear
      ? `'next year' from the release of ${released?.year}, that is, ${nextYear}`
      : undefined;
    return {
      value: {
        round,
        ...(typeof place === "object" ? { place } : {}),
        ...(typeof place === "string" ? { city: place } : {}),
        ...(year ? { year } : {}),
      },
      sentence,
      ...(note ? { note } : {}),
    };
  }
  return undefined;
}
