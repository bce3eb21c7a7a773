/**
 * Claims about what a person is said to be — an official of an organisation, the holder of a recorded
 * title — and about what two rounds are said to share (the same date, weekday, place, co-chair).
 */
import type { KnowledgeBase } from "../load.ts";
import { stemmedWords } from "../understand/announce.ts";
import { COCHAIR } from "./cues.ts";
import { findDates, findWeekdays } from "./dates.ts";
import type { Reading } from "./extract.ts";
import type { Claim, SameAspect } from "./types.ts";

/** Words of a title that do not tell titles apart ("of", "the") or that name a side ("Australian"). */
export const TITLE_STOP = new Set(["of", "for", "in", "the", "and", "a", "an", "on", "to", "at"]);
export const SIDE = new Set(["japan", "japanes", "australia", "australian"]);

/** Every recorded title, with its distinguishing words (base forms) and its side words. */
type Title = { title: string; ja?: string; core: string[]; side: string[] };

/** The recorded titles, worked out once per knowledge base. */
const TITLES = new WeakMap<KnowledgeBase, Title[]>();

function titlesOf(kb: KnowledgeBase): Title[] {
  let titles = TITLES.get(kb);
  if (!titles) {
    titles = readTitles(kb);
    TITLES.set(kb, titles);
  }
  return titles;
}

function readTitles(kb: KnowledgeBase): Title[] {
  const out: Title[] = [];
  const seen = new Set<string>();
  for (const person of kb.people.values()) {
    for (const role of person.roles) {
      const title = role.title.en ?? role.title.ja ?? "";
      if (seen.has(title)) continue;
      seen.add(title);
      const words = stemmedWords(role.title.en ?? "").filter((w) => !TITLE_STOP.has(w.word));
      out.push({
        title,
        ...(role.title.ja ? { ja: role.title.ja } : {}),
        core: words.filter((w) => !SIDE.has(w.stem)).map((w) => w.stem),
        side: words.filter((w) => SIDE.has(w.stem)).map((w) => w.stem),
      });
    }
  }
  return out;
}

/**
 * The recorded titles a question names: all their distinguishing words (any inflection, any order), at
 * least two; of titles told apart only by a side, those whose side is named; a title inside a longer one
 * named gives way to it. Japanese: the recorded Japanese title, written out.
 */
export function titlesAsserted(kb: KnowledgeBase, text: string): string[] {
  const asked = new Set(stemmedWords(text).map((w) => w.stem));
  const found = titlesOf(kb).filter(
    (t) =>
      (t.core.length >= 2 && t.core.every((w) => asked.has(w))) ||
      // "Australian Ambassador": one distinguishing word and its side, both named
      (t.core.length >= 1 && t.side.length >= 1 && [...t.core, ...t.side].every((w) => asked.has(w))) ||
      (t.ja !== undefined && t.ja.length >= 3 && text.includes(t.ja)),
  );
  const withSide = found.filter((t) => t.side.length > 0 && t.side.every((w) => asked.has(w)));
  const kept = found.filter(
    (t) =>
      !found.some((o) => o !== t && o.core.length > t.core.length && t.core.every((w) => o.core.includes(w))),
  );
  const sided = kept.filter((t) => withSide.includes(t));
  return (sided.length > 0 && sided.length < kept.length && sameCore(kept) ? sided : kept).map(
    (t) => t.title,
  );
}

const sameCore = (titles: { core: string[] }[]) =>
  titles.every((t) => t.core.join(" ") === titles[0]?.core.join(" "));

/** "Was Otaka a DFAT official?", "Was McKinnon the Ambassador for Cyber Affairs at round 2?" */
export function roleClaims(kb: KnowledgeBase, reading: Reading, person: string, round?: number): Claim[] {
  const { query, hints } = reading.understanding;
  const out: Claim[] = [];
  const at = round !== undefined ? { round } : {};
  const orgs = [query.organisation, ...(hints.otherOrganisations ?? [])].filter((o): o is string => !!o);
  if (orgs.length === 1 && orgs[0] && !listedApart(reading)) {
    out.push({ kind: "person_org", person, organisation: orgs[0], ...at });
  }
  const titles = titlesAsserted(kb, reading.text);
  if (titles.length > 0) out.push({ kind: "person_title", person, titles, ...at });
  else {
    const other = otherTitle(reading.text);
    if (other && !addressedByTitle(kb, person, other.phrase))
      out.push({ kind: "person_title", person, titles: [], ...other, ...at });
  }
  return out;
}

/**
 * 「水嶋大使」: the person's name with a post of their recorded title (…担当大使), a form of address, not a
 * title asserted.
 */
function addressedByTitle(kb: KnowledgeBase, personId: string, phrase: string): boolean {
  const person = kb.people.get(personId);
  if (!person?.name.ja) return false;
  // the name as written before the post: the full name, or its first characters (the family name, 水嶋)
  const full = person.name.ja.replace(/[・\s]+/g, "");
  let shared = 0;
  while (shared < full.length && phrase[shared] === full[shared]) shared++;
  const post = shared >= 2 ? phrase.slice(shared) : "";
  return post.length > 0 && person.roles.some((r) => (r.title.ja ?? "").endsWith(post));
}

/** Words that name a post (base forms), and Japanese post suffixes. */
const POST_STEMS = new Set([
  "ambassador",
  "secretari",
  "minist",
  "director",
  "envoy",
  "commission",
  "coordin",
]);
const POST_JA =
  /[\p{Script=Han}\p{Script=Katakana}ー・]{0,12}(?:大使|大臣|首相|部長|局長|課長|長官|審議官|参事官|補佐官|次官)(?=でした|だった|です|だ|として|を務め|に就|であ|[?？]|$)/u;

/**
 * "Was he a deputy secretary?", 「サイバー大使でしたか」: a post named that is no recorded title. In Japanese the
 * post is what is said of the person (…大使でしたか), not a form of address beside a name (大鷹大使は…).
 */
function otherTitle(text: string): { nouns: string[]; phrase: string } | undefined {
  const ja = POST_JA.exec(text);
  if (ja) return { nouns: [], phrase: ja[0] };
  const words = stemmedWords(text);
  const at = words.findIndex((w) => POST_STEMS.has(w.stem));
  if (at < 0) return undefined;
  // the words that make the post: "deputy secretary", "cyber ambassador", "secretary of defence"
  let start = at;
  while (start > at - 2 && start > 0 && !BREAK.has(words[start - 1]?.word ?? "")) start--;
  let end = at + 1;
  if (OF.has(words[end]?.word ?? "")) {
    end++;
    while (end < at + 5 && end < words.length && !BREAK.has(words[end]?.word ?? "")) end++;
  }
  const phrase = words.slice(start, end).filter((w) => !OF.has(w.word) && !SIDE.has(w.stem));
  return {
    nouns: phrase.map((w) => w.stem),
    phrase: words
      .slice(start, end)
      .map((w) => w.word)
      .join(" "),
  };
}

const OF = new Set(["of", "for", "on", "in", "charge"]);
const BREAK = new Set([
  ...["a", "an", "the", "s", "was", "is", "were", "are", "be", "been", "his", "her", "their", "its"],
  ...["at", "round", "during", "when", "then", "right", "correct", "and", "or", "as", "by", "to"],
]);

/** "Did DFAT and Feakin attend?": a person and an organisation named side by side, not one of the other. */
function listedApart(reading: Reading): boolean {
  const mentions = reading.understanding.reading?.mentions ?? [];
  const person = mentions.find((m) => m.kind === "person");
  const org = mentions.find((m) => m.kind === "organisation");
  if (!person || !org || person.kind !== "person" || org.kind !== "organisation") return false;
  const text = reading.text;
  const a = text.indexOf(person.typed);
  const b = text.indexOf(org.typed);
  if (a < 0 || b < 0) return false;
  const between = a < b ? text.slice(a + person.typed.length, b) : text.slice(b + org.typed.length, a);
  return /\b(?:and|or|nor)\b|&|[とや、]/i.test(between);
}

const SAME = /\bsame\b|\bidentical\b|同じ|共通|同一/i;
const BOTH = /\bboth\b|\beach\b|どちらも|両方|いずれも|ともに|共に/i;

/** "Were rounds 2 and 3 both held on a Tuesday?": a value said of each of two rounds, not compared. */
export const saysOfBoth = (text: string) => BOTH.test(text) && !SAME.test(text);

const ASPECTS: [SameAspect, RegExp][] = [
  ["weekday", /\bweekday|\bday of (?:the )?week|曜日/i],
  ["date", /\bdates?\b|\bday\b|開催日|日付|同じ日/i],
  ["place", /\bcity|\bplace|\bvenue|\blocation|\bwhere\b|\btown\b|都市|場所|開催地|会場/i],
  // (the co-chairs' titles: "did the co-chairs have the same title?")
  ["title", /\btitles?\b|\bpositions?\b|\bposts?\b|\branks?\b|\bjob\b|肩書|役職/i],
  ["cochair", COCHAIR],
  ["year", /\byear\b|同じ年|同年/i],
  ["month", /\bmonth\b|同じ月|同月/i],
];

/**
 * "Were rounds 2 and 3 held on the same weekday?", "did rounds 1 to 3 all have co-chairs with the same title?":
 * what the rounds are said to share, compared round by round (each with the next).
 */
export function sameClaims(reading: Reading, rounds: number[]): Claim[] {
  const distinct = [...new Set(rounds)];
  return distinct.slice(1).flatMap((b, i) => samePairClaims(reading, distinct[i] as number, b));
}

function samePairClaims(reading: Reading, a: number, b: number): Claim[] {
  const { text } = reading;
  const { hints, query } = reading.understanding;
  if (a === b) return [];
  const same = SAME.test(text);
  if (!same && !BOTH.test(text)) return [];
  // "both held in Tokyo", "both on a Tuesday": a value given is checked round by round, not compared
  const given: Record<SameAspect, boolean> = {
    weekday: findWeekdays(text).length > 0,
    date: findDates(text).length > 0,
    place: (hints.places?.length ?? 0) > 0,
    // (a post or an organisation said of both: "both Ambassadors for Cyber Affairs" is checked round by round)
    cochair:
      (hints.namedPeople?.length ?? 0) > 0 ||
      query.person !== undefined ||
      query.organisation !== undefined ||
      stemmedWords(text).some((w) => POST_STEMS.has(w.stem)) ||
      POST_JA.test(text),
    title: false,
    year: findDates(text).length > 0,
    month: findDates(text).length > 0,
  };
  const aspects = ASPECTS.filter(([aspect, cue]) => cue.test(text) && (same || !given[aspect])).map(
    ([aspect]) => aspect,
  );
  const kept = aspects
    .filter((x) => !(x === "date" && aspects.includes("weekday")))
    .filter((x) => !(x === "cochair" && aspects.includes("title")));
  if (kept.length === 0 && hints.same) kept.push(hints.same);
  return kept.map((aspect) => ({
    kind: "same" as const,
    rounds: [a, b] as [number, number],
    aspect,
    ...((aspect === "cochair" || aspect === "title") && query.side ? { side: query.side } : {}),
  }));
}
