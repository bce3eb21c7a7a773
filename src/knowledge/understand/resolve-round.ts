/**
 * Which round a question is about, once its intent is known: the round mentions found in it resolved
 * against the rounds on record (a year or a city may name one round, several, or none; "after the 2nd"
 * names the 3rd, except for the next round, where it names the announcing round).
 */
import type { Query } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import {
  isKnown,
  latestHeldRound,
  latestRound,
  roundByNumber,
  roundsHeldIn,
  roundsInMonth,
  roundsInYear,
} from "../queries.ts";
import { askAsAnnounced, isAnnouncerVerb, PLANNED_FOR } from "./announce.ts";
import type { Hints, MissingRound } from "./hints.ts";
import { compactKey } from "./normalise.ts";
import type { CityHit } from "./places.ts";
import type { RelatedMention } from "./rounds.ts";

/** Prefer an exact round (number / first / latest / previous) over a date, a date over a month. */
const rank = (m: RelatedMention) =>
  m.mention.kind === "number" ||
  m.mention.kind === "first" ||
  m.mention.kind === "latest" ||
  m.mention.kind === "previous"
    ? 0
    : m.mention.kind === "date"
      ? 1
      : 2;

type Resolved = { n?: number; missing?: MissingRound; several?: number[] };

/**
 * "the round after the 2nd": the round a relation names. What comes out of a round comes after it: next_round's
 * "after" is the announcement itself, and a statement "issued after the 3rd round" is the 3rd round's outcome.
 */
const AFTER_ITSELF: ReadonlySet<Query["intent"]> = new Set(["next_round", "outcomes"]);

function relate(intent: Query["intent"], n: number, m: RelatedMention): number {
  if (!m.relation) return n;
  if (AFTER_ITSELF.has(intent) && m.relation === "after") return n;
  return m.relation === "after" ? n + 1 : n - 1;
}

/** The rounds of a date or a month: one, none (missing) or several. */
function roundsOfDate(kb: KnowledgeBase, intent: Query["intent"], m: RelatedMention): Resolved {
  const mention = m.mention;
  if (mention.kind === "date") {
    const rounds = roundsInYear(kb, mention.year, mention.month);
    if (rounds.length === 1 && rounds[0]) return { n: relate(intent, rounds[0].number, m) };
    if (rounds.length === 0)
      return {
        missing: { kind: "date", year: mention.year, ...(mention.month ? { month: mention.month } : {}) },
      };
    return { several: rounds.map((r) => r.number) };
  }
  if (mention.kind !== "month") return {};
  const rounds = roundsInMonth(kb, mention.month);
  if (rounds.length === 1 && rounds[0]) return { n: rounds[0].number };
  if (rounds.length === 0) return { missing: { kind: "month", month: mention.month } };
  return { several: rounds.map((r) => r.number) };
}

/** The round a mention names: a number, "missing", or several. */
function resolveMention(kb: KnowledgeBase, intent: Query["intent"], m: RelatedMention): Resolved {
  const mention = m.mention;
  const numbered = (n: number): Resolved =>
    roundByNumber(kb, n) ? { n } : { missing: { kind: "number", n } };
  switch (mention.kind) {
    case "number":
      return numbered(relate(intent, mention.n, m));
    case "first": {
      const first = kb.rounds[0];
      return first ? numbered(relate(intent, first.number, m)) : {};
    }
    case "latest": {
      const latest = latestRound(kb);
      return latest ? { n: relate(intent, latest.number, m) } : {};
    }
    case "previous": {
      const latest = latestHeldRound(kb);
      return latest ? { n: latest.number - 1 } : {};
    }
    default:
      return roundsOfDate(kb, intent, m);
  }
}

interface Resolution {
  kb: KnowledgeBase;
  intent: Query["intent"];
  query: Query;
  hints: Hints;
  cities: CityHit[];
  words: string[];
  strong: RelatedMention[];
}

/** "Who co-chaired round 2 and round 3?": every round named the same way. */
function otherRounds(r: Resolution, sorted: RelatedMention[], chosen: RelatedMention): void {
  const { kb, intent, query, hints, words } = r;
  const others = sorted
    .slice(1)
    .filter((m) => rank(m) === rank(chosen))
    .map((m) => resolveMention(kb, intent, m).n)
    .filter((n): n is number => n !== undefined && n !== query.round);
  if (others[0] !== undefined) hints.otherRound = others[0];
  // (a yes/no about several rounds: each of them, "both", or "all"/"every" of those named)
  const severalAsked =
    !hints.yesno ||
    (intent === "membership" && /\b(?:and|or|both)\b|と|も/.test(words.join(" "))) ||
    /\b(?:all|every|each|both)\b|全員|いずれも|全て|すべて/.test(words.join(" "));
  if (query.round !== undefined && others.length > 0 && severalAsked)
    hints.rounds = [query.round, ...new Set(others)];
}

/** "where was the 3rd round supposed to be held?": the announcement of round 3 was made by round 2. */
function announcedRound(r: Resolution, chosen: RelatedMention): void {
  const { kb, intent, query, hints, words } = r;
  const kind = chosen.mention.kind;
  if (intent !== "next_round" || query.round === undefined || chosen.relation) return;
  if ((kind !== "number" && kind !== "first") || !asksByTarget(words, chosen.at)) return;
  askAsAnnounced(kb, query, hints, query.round);
}

/** A year or a city that contradicts the numbered round is pointed out; true when the year does. */
function conflicts(r: Resolution, chosen: RelatedMention): boolean {
  const { kb, intent, query, hints, cities, strong } = r;
  const kind = chosen.mention.kind;
  if (query.round === undefined || hints.rounds) return false;
  // a round named by number is checked against a year named too; any round against a city named too
  // ("the Canberra meeting in 2017": the 2017 round was held in Tokyo)
  const numbered = kind === "number" || kind === "first";
  if (!numbered && kind !== "date" && kind !== "month") return false;
  const round = roundByNumber(kb, query.round);
  const date = strong.find((m) => m.mention.kind === "date")?.mention;
  let year = false;
  if (
    numbered &&
    round &&
    date?.kind === "date" &&
    isKnown(round.date) &&
    round.date.value.year !== date.year
  ) {
    hints.conflict = { kind: "year", year: date.year };
    year = true;
  }
  // "the 12 December 2017 dialogue": a day of the month the round met, not its day (the release's, say)
  const met = round && isKnown(round.date) ? round.date.value : undefined;
  if (
    !year &&
    !hints.yesno &&
    date?.kind === "date" &&
    date.day !== undefined &&
    date.month !== undefined &&
    met?.precision === "day" &&
    met.year === date.year &&
    met.month === date.month &&
    met.day !== date.day
  )
    hints.conflict = { kind: "day", year: date.year, month: date.month, day: date.day };
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
  return year;
}

/**
 * "When was the first round held in Tokyo?", "the latest round in Canberra": the first or the latest of the
 * rounds held in the city named, when the question asks (a yes/no question checks the round itself: "Was the
 * first round held in Tokyo?" is about the 1st).
 */
function firstOrLatestIn(r: Resolution, chosen: RelatedMention): number | undefined {
  const { kb, hints, cities } = r;
  const kind = chosen.mention.kind;
  const city = cities[0];
  if (hints.yesno || !city || chosen.relation || (kind !== "first" && kind !== "latest")) return undefined;
  // 「第1回」 is the round numbered 1, not the first held in the city (「東京で最初の回」)
  if (chosen.mention.via.startsWith("第")) return undefined;
  const rounds = roundsHeldIn(kb, city.en);
  return (kind === "first" ? rounds[0] : rounds.at(-1))?.number;
}

/** The round a reference chose, with the others named and what contradicts it; true when uncertain. */
function chooseRound(r: Resolution, sorted: RelatedMention[], chosen: RelatedMention, low: boolean): boolean {
  const { kb, intent, query, hints } = r;
  const mention = chosen.mention;
  if (intent === "rounds" && mention.kind === "date") {
    hints.year = mention.year;
    return low;
  }
  // "the latest announced round": the latest announcement on record, whichever round made it
  if (intent === "next_round" && mention.kind === "latest") return low;
  const inCity = firstOrLatestIn(r, chosen);
  const result = inCity !== undefined ? { n: inCity } : resolveMention(kb, intent, chosen);
  let uncertain = low;
  if (result.n !== undefined) {
    query.round = result.n;
    if (mention.kind === "previous") {
      uncertain = true;
      hints.weakRound = true;
      hints.relative = mention.via;
    }
  } else if (result.missing) hints.missing = result.missing;
  else if (result.several) {
    hints.ambiguous = { candidates: result.several, via: mention.via };
    uncertain = true;
  }
  otherRounds(r, sorted, chosen);
  announcedRound(r, chosen);
  return conflicts(r, chosen) || uncertain;
}

/** "after the Canberra one" (+1), "before the Canberra meeting" (-1): a round named relative to a city's round. */
function relativeToCity(words: string[], key: string): 1 | -1 | undefined {
  const m =
    /\b(after|following|before|preceding)\s+(?:the\s+)?(\S+)\s+(?:one|round|meeting|dialogue|session)\b/.exec(
      words.join(" "),
    );
  if (!m || compactKey(m[2] ?? "") !== key) return undefined;
  return m[1] === "after" || m[1] === "following" ? 1 : -1;
}

/** No round named: a city may name one ("the Canberra round"); true when it names several. */
function roundByCity(r: Resolution): boolean {
  const { kb, intent, query, hints, cities, words } = r;
  const city = cities[0];
  if (!city) return false;
  const cityNamesRound = intent !== "next_round" && intent !== "rounds" && intent !== "membership";
  // "Did McKinnon co-chair the Canberra session?": for a person or an organisation, a city where exactly one
  // round was held names that round (a city of several rounds stays a question about any of them).
  if (intent === "membership" && (query.person || query.organisation)) {
    const rounds = roundsHeldIn(kb, city.en);
    if (rounds.length === 1 && rounds[0]) query.round = rounds[0].number;
  }
  let several = false;
  if (cityNamesRound) {
    const rounds = roundsHeldIn(kb, city.en);
    // "the round after the Canberra one": the round next to the one held there
    const step = relativeToCity(words, city.key);
    if (rounds.length === 1 && rounds[0] && step && roundByNumber(kb, rounds[0].number + step)) {
      query.round = rounds[0].number + step;
      return false;
    }
    if (rounds.length === 1 && rounds[0]) query.round = rounds[0].number;
    else if (rounds.length === 0) hints.missing = { kind: "place", city: hints.place ?? city.en };
    else {
      hints.ambiguous = { candidates: rounds.map((r) => r.number), via: hints.place ?? city.en };
      several = true;
    }
  }
  if (intent === "rounds") query.place = city.en;
  return several;
}

export function resolveRound(
  kb: KnowledgeBase,
  found: RelatedMention[],
  intent: Query["intent"],
  query: Query,
  hints: Hints,
  cities: CityHit[],
  words: string[],
): { low: boolean } {
  const strong = found.filter((m) => m.mention.strength === "strong");
  const sorted = [...(strong.length > 0 ? strong : found)].sort((a, b) => rank(a) - rank(b));
  const chosen = sorted[0];
  const r: Resolution = { kb, intent, query, hints, cities, words, strong };
  if (!chosen) return { low: roundByCity(r) };
  const weak = chosen.mention.strength === "weak";
  if (weak) hints.weakRound = true;
  return { low: chooseRound(r, sorted, chosen, weak) };
}

/**
 * next_round about a numbered round: is it the round that made the announcement ("what did the 3rd round
 * announce", "the next round after the 2nd") or the round announced ("where was the 3rd round supposed to
 * be held", "when was round 4 announced")?
 */
function asksByTarget(words: string[], at: number): boolean {
  const text = words.join(" ");
  if (/\b(?:next|following|subsequent)\b/.test(text) || /次/.test(text)) return false;
  let k = at - 1;
  if (words[k] === "the") k--;
  // "what was announced for round 4?": the round announced
  if (
    words[k] === "for" &&
    /\b(?:announc\w*|planned|scheduled|slated|set|said)\b/.test(words.slice(0, k).join(" "))
  )
    return true;
  if (["at", "by", "in", "during", "from", "after"].includes(words[k] ?? "")) return false;
  // "which round announced round 4?": the round is what was announced
  if (isAnnouncerVerb(words[k] ?? "")) return true;
  // "did the 2016 release say where the 3rd would be?": where or when it would be is what was said of it
  const after = words.slice(at + 1, at + 3).join(" ");
  if (
    (words[k] === "where" || words[k] === "when") &&
    /^(?:(?:round|meeting|one|session|dialogue) )?(?:would|will|was going|were going|should)\b/.test(after)
  )
    return true;
  // planned for it, or asked of in the future tense ("when is the 4th going to be?"): asked as announced
  if (PLANNED_FOR.test(text)) return true;
  return (
    /\b(?:was|were|is)\b/.test(words.slice(0, Math.max(0, at)).join(" ")) &&
    /\bannounced\b/.test(words.slice(at).join(" "))
  );
}
