/**
 * Synthetic knowledge bases for the growth benchmark: the real `data/` plus generated rounds, organisations and
 * people, so that a base holds `scale` × the real number of each. The result is a folder of real JSON files in the
 * same layout as `data/`, loaded by the same loader and validated by the same schema and whole-base checks.
 *
 * Everything is derived from a seed (same seed, same files). Generated facts look like real ones: each round has
 * a date and city, two co-chairs (people with roles at MOFA / DFAT), participant lists per side, topics, an
 * outcome, and what it announced about the next round; every known fact carries evidence quoting a sentence of a
 * generated press release (one source per round). Organisation names, acronyms and aliases are unique, as the
 * loader demands, and so are people's surnames, so a question like "who co-chaired round 734?" has one answer.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { monthName } from "../src/knowledge/answer/format.ts";
import type { EvalCase } from "../src/knowledge/evaluate.ts";
import type {
  DateValue,
  Evidence,
  Organisation,
  Person,
  Place,
  Round,
  Source,
  Text,
} from "../src/knowledge/types.ts";

/** An evaluation case without the file and line it would come from. */
export type SyntheticCase = Omit<EvalCase, "from">;

/** "Today" for loading a synthetic base, whose rounds are dated up to 2100. */
export const SYNTHETIC_TODAY = new Date(Date.UTC(2101, 0, 1));

export const REAL_DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

export interface SyntheticKb {
  dir: string;
  scale: number;
  seed: number;
  counts: { rounds: number; organisations: number; people: number; sources: number; files: number };
  /** Questions about the generated rounds, with the checks a right answer passes. */
  questions: SyntheticCase[];
  /** Removes the folder. */
  cleanup: () => void;
}

export interface SyntheticOptions {
  /** Multiplier of the real counts of rounds, organisations and people (1 = the real base, unchanged). */
  scale: number;
  seed?: number;
  /** Folder to write into (created; must be empty or absent). Default: a new temporary folder. */
  dir?: string;
  /** Where the real knowledge base is. Default: the repository's data/. */
  from?: string;
  /** How many rounds to ask about (questions). Default 12. */
  questionRounds?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// deterministic randomness

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function sample<T>(random: () => number, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  for (let i = 0; i < n && copy.length > 0; i++) {
    const j = Math.floor(random() * copy.length);
    out.push(copy[j] as T);
    copy[j] = copy[copy.length - 1] as T;
    copy.pop();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// unique names: index → word, bijective over [0, syllables^3)

/** Japanese-sounding syllables and their katakana. */
const JP_SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ["ka", "カ"],
  ["ki", "キ"],
  ["ku", "ク"],
  ["ke", "ケ"],
  ["ko", "コ"],
  ["sa", "サ"],
  ["shi", "シ"],
  ["su", "ス"],
  ["se", "セ"],
  ["so", "ソ"],
  ["ta", "タ"],
  ["chi", "チ"],
  ["tsu", "ツ"],
  ["te", "テ"],
  ["to", "ト"],
  ["na", "ナ"],
  ["ni", "ニ"],
  ["nu", "ヌ"],
  ["ne", "ネ"],
  ["no", "ノ"],
  ["ha", "ハ"],
  ["hi", "ヒ"],
  ["fu", "フ"],
  ["he", "ヘ"],
  ["ho", "ホ"],
  ["ma", "マ"],
  ["mi", "ミ"],
  ["mu", "ム"],
  ["me", "メ"],
  ["mo", "モ"],
  ["ya", "ヤ"],
  ["yu", "ユ"],
  ["yo", "ヨ"],
  ["ra", "ラ"],
  ["ri", "リ"],
  ["ru", "ル"],
  ["re", "レ"],
  ["ro", "ロ"],
  ["wa", "ワ"],
  ["ga", "ガ"],
  ["gi", "ギ"],
  ["go", "ゴ"],
  ["da", "ダ"],
  ["do", "ド"],
  ["ba", "バ"],
  ["bu", "ブ"],
];

/** English-sounding syllables for Australian surnames and place-like names. */
const AU_SYLLABLES = [
  "bar",
  "ton",
  "ley",
  "mer",
  "wick",
  "ford",
  "ell",
  "ham",
  "den",
  "ridge",
  "wood",
  "field",
  "lin",
  "gar",
  "fen",
  "cal",
  "dor",
  "ash",
  "brook",
  "mont",
  "ray",
  "stan",
  "hol",
  "win",
  "cott",
  "per",
  "vale",
  "mor",
  "kin",
  "tal",
  "bre",
  "ver",
  "lock",
  "hurst",
  "row",
  "nor",
  "ric",
  "sel",
  "dun",
  "ber",
] as const;

/** A scrambled bijection of [0, m): i → (a·i + b) mod m, with a coprime to m. */
function scramble(m: number, random: () => number): (i: number) => number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  let a = 1 + Math.floor(random() * (m - 1));
  while (gcd(a, m) !== 1) a = (a % (m - 1)) + 1;
  const b = Math.floor(random() * m);
  return (i) => (a * i + b) % m;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

interface Word {
  en: string;
  ja?: string;
}

function wordMaker(kind: "jp" | "au", random: () => number): (i: number) => Word {
  const n = kind === "jp" ? JP_SYLLABLES.length : AU_SYLLABLES.length;
  const m = n * n * n;
  const shuffle = scramble(m, random);
  return (i) => {
    if (i >= m) throw new Error(`synthetic-kb: more than ${m} ${kind} names asked for`);
    const x = shuffle(i);
    const digits = [x % n, Math.floor(x / n) % n, Math.floor(x / (n * n))];
    if (kind === "jp") {
      const parts = digits.map((d) => JP_SYLLABLES[d] as readonly [string, string]);
      return { en: capitalise(parts.map((p) => p[0]).join("")), ja: parts.map((p) => p[1]).join("") };
    }
    return { en: capitalise(digits.map((d) => AU_SYLLABLES[d]).join("")) };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// vocabulary

const JP_CITIES: ReadonlyArray<Text & { en: string; ja: string }> = [
  { en: "Tokyo", ja: "東京" },
  { en: "Osaka", ja: "大阪" },
  { en: "Kyoto", ja: "京都" },
  { en: "Yokohama", ja: "横浜" },
  { en: "Nagoya", ja: "名古屋" },
  { en: "Fukuoka", ja: "福岡" },
  { en: "Sapporo", ja: "札幌" },
  { en: "Kobe", ja: "神戸" },
  { en: "Hiroshima", ja: "広島" },
  { en: "Sendai", ja: "仙台" },
];
const AU_CITIES: ReadonlyArray<Text & { en: string; ja: string }> = [
  { en: "Canberra", ja: "キャンベラ" },
  { en: "Sydney", ja: "シドニー" },
  { en: "Melbourne", ja: "メルボルン" },
  { en: "Brisbane", ja: "ブリスベン" },
  { en: "Perth", ja: "パース" },
  { en: "Adelaide", ja: "アデレード" },
  { en: "Hobart", ja: "ホバート" },
  { en: "Darwin", ja: "ダーウィン" },
];

const JP_ORG_KINDS = [
  { en: "Cyber Defense Office", ja: "サイバー防衛室" },
  { en: "Information Security Agency", ja: "情報セキュリティ庁" },
  { en: "Incident Response Center", ja: "インシデント対応センター" },
  { en: "Digital Policy Bureau", ja: "デジタル政策局" },
  { en: "Critical Infrastructure Office", ja: "重要インフラ室" },
  { en: "Cybercrime Division", ja: "サイバー犯罪対策課" },
] as const;
const AU_ORG_KINDS = [
  "Cyber Coordination Centre",
  "Digital Resilience Agency",
  "Office of Cyber Policy",
  "Critical Infrastructure Branch",
  "Cybercrime Taskforce",
  "Signals Analysis Unit",
] as const;

const JP_GIVEN = ["Haruto", "Yui", "Kenji", "Akiko", "Hiroshi", "Naoko", "Takeshi", "Emi", "Satoshi", "Mai"];
const FEMININE = new Set([
  "Yui",
  "Akiko",
  "Naoko",
  "Emi",
  "Mai",
  "Olivia",
  "Charlotte",
  "Amelia",
  "Isla",
  "Grace",
]);
const JP_GIVEN_JA: Record<string, string> = {
  Haruto: "ハルト",
  Yui: "ユイ",
  Kenji: "ケンジ",
  Akiko: "アキコ",
  Hiroshi: "ヒロシ",
  Naoko: "ナオコ",
  Takeshi: "タケシ",
  Emi: "エミ",
  Satoshi: "サトシ",
  Mai: "マイ",
};
const AU_GIVEN = [
  "Olivia",
  "Jack",
  "Charlotte",
  "William",
  "Amelia",
  "Noah",
  "Isla",
  "Thomas",
  "Grace",
  "Lachlan",
];

const TOPICS: readonly string[] = [
  "threat trends in cyberspace",
  "each side's cybersecurity strategy",
  "the application of international law to state behaviour in cyberspace",
  "norms of responsible state behaviour",
  "confidence-building measures in the ASEAN Regional Forum",
  "critical infrastructure protection",
  "combating cybercrime",
  "cyber capacity building in the Indo-Pacific",
  "information sharing between CERTs",
  "joint exercises",
  "supply-chain security of telecommunications",
  "ransomware",
  "election security",
  "secure undersea cables",
];

export const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
};

const listWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const normaliseName = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.·・]/g, "");

// ---------------------------------------------------------------------------------------------------------------

interface RealCounts {
  rounds: number;
  organisations: number;
  people: number;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Counts of the real base, without loading it. */
export function realCounts(from = REAL_DATA_DIR): RealCounts {
  const orgs = readJson(join(from, "organisations.json")) as { organisations: unknown[] };
  const people = readJson(join(from, "people.json")) as { people: unknown[] };
  const rounds = readdirSync(join(from, "rounds")).filter((f) => f.endsWith(".json"));
  return { rounds: rounds.length, organisations: orgs.organisations.length, people: people.people.length };
}

/** Writes a knowledge base of `scale` × the real rounds, organisations and people. */
export function generateSyntheticKb(options: SyntheticOptions): SyntheticKb {
  const { scale } = options;
  const seed = options.seed ?? 20160802;
  const from = options.from ?? REAL_DATA_DIR;
  if (!Number.isInteger(scale) || scale < 1) throw new Error("synthetic-kb: scale must be an integer ≥ 1");
  const random = rng(seed);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), `dialogue-desk-kb-${scale}x-`));
  mkdirSync(join(dir, "rounds"), { recursive: true });

  const real = realCounts(from);
  const orgsFile = readJson(join(from, "organisations.json")) as { organisations: Organisation[] };
  const peopleFile = readJson(join(from, "people.json")) as { people: Person[] };
  const sourcesFile = readJson(join(from, "sources.json")) as { sources: Source[] };
  const realRounds = readdirSync(join(from, "rounds"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => readJson(join(from, "rounds", f)) as Round);
  const realRoundNumbers = realRounds.map((r) => r.number);
  // synthetic rounds come after the real ones in number and in date (kb:check rejects rounds out of order)
  const lastRealDay = Math.max(
    0,
    ...realRounds.map((r) =>
      r.date.status === "known"
        ? Date.UTC(r.date.value.year, (r.date.value.month ?? 12) - 1, r.date.value.day ?? 28) / 86_400_000
        : 0,
    ),
  );
  const firstRound = Math.max(0, ...realRoundNumbers) + 1;

  const nRounds = real.rounds * scale - real.rounds;
  const nOrgs = real.organisations * scale - real.organisations;
  const nPeople = real.people * scale - real.people;
  const lastRound = firstRound + nRounds - 1;

  // names already taken by the real organisations (the loader rejects clashes)
  const takenOrgNames = new Set<string>();
  for (const org of orgsFile.organisations) {
    for (const name of [org.name.en, org.name.ja, org.acronym, ...(org.aliases ?? [])]) {
      if (name) takenOrgNames.add(normaliseName(name));
    }
  }
  const takenSurnames = new Set(
    peopleFile.people.flatMap((p) =>
      [p.name.en, ...(p.aliases ?? [])].filter((n): n is string => !!n).map(normaliseName),
    ),
  );

  // ---- sources: two directories (for organisations) and one press release per synthetic round
  const directory = (country: "JP" | "AU"): Source => ({
    id: `synthetic-directory-${country.toLowerCase()}`,
    publisher: country === "JP" ? "Government of Japan (synthetic)" : "Australian Government (synthetic)",
    title: `Directory of ${country === "JP" ? "Japanese" : "Australian"} government cyber bodies (synthetic)`,
    date: { year: 2024, month: 1, day: 15, precision: "day", approximate: false },
    url: `https://example.org/synthetic/directory-${country.toLowerCase()}`,
    language: "en",
    note: "Generated for benchmarks; not a real source.",
    text: `sources/synthetic-directory-${country.toLowerCase()}.txt`,
  });
  const sources: Source[] = [...sourcesFile.sources, directory("JP"), directory("AU")];
  /** The stored text of each generated source: the sentences its evidence quotes. */
  const texts = new Map<string, string[]>();
  const addText = (id: string, line: string) => texts.set(id, [...(texts.get(id) ?? []), line]);
  const sourceOfRound = (n: number) => `synthetic-release-${n}`;

  // ---- organisations
  const jpWord = wordMaker("jp", random);
  const auWord = wordMaker("au", random);
  let jpWordIndex = 0;
  let auWordIndex = 0;
  const nextWord = (country: "JP" | "AU", check: (w: Word) => boolean): Word => {
    for (;;) {
      const w = country === "JP" ? jpWord(jpWordIndex++) : auWord(auWordIndex++);
      if (check(w)) return w;
    }
  };

  const jpOrgs: Organisation[] = [];
  const auOrgs: Organisation[] = [];
  for (let i = 0; i < nOrgs; i++) {
    const country = i % 2 === 0 ? "JP" : "AU";
    const free = (names: string[]) => names.every((n) => !takenOrgNames.has(normaliseName(n)));
    let org: Organisation;
    if (country === "JP") {
      const kind = JP_ORG_KINDS[i % JP_ORG_KINDS.length] as (typeof JP_ORG_KINDS)[number];
      const word = nextWord("JP", (w) => free([`${w.en} ${kind.en}`, `${w.ja}${kind.ja}`, `${w.en} Office`]));
      const acronym = `${word.en.toUpperCase()}-${kind.en
        .split(" ")
        .map((s) => s[0])
        .join("")}`;
      org = {
        id: `jp-${word.en.toLowerCase()}-${i}`,
        country,
        name: { en: `${word.en} ${kind.en}`, ja: `${word.ja}${kind.ja}` },
        ...(free([acronym]) ? { acronym } : {}),
        aliases: [`${word.en} Office`],
        evidence: [],
      };
    } else {
      const kind = AU_ORG_KINDS[i % AU_ORG_KINDS.length] as (typeof AU_ORG_KINDS)[number];
      const word = nextWord("AU", (w) => free([`${w.en} ${kind}`, `${w.en} Agency`]));
      org = {
        id: `au-${word.en.toLowerCase()}-${i}`,
        country,
        name: { en: `${word.en} ${kind}` },
        aliases: [`${word.en} Agency`],
        evidence: [],
      };
    }
    for (const name of [org.name.en, org.name.ja, org.acronym, ...org.aliases]) {
      if (name) takenOrgNames.add(normaliseName(name));
    }
    const sameSide = country === "JP" ? jpOrgs : auOrgs;
    if (sameSide.length > 0 && random() < 0.15) org.partOf = pick(random, sameSide).id;
    org.evidence = [
      {
        source: `synthetic-directory-${country.toLowerCase()}`,
        quote: `${org.name.en}${org.acronym ? ` (${org.acronym})` : ""}${org.name.ja ? `: ${org.name.ja}` : ""}.`,
      },
    ];
    addText(`synthetic-directory-${country.toLowerCase()}`, org.evidence[0]?.quote ?? "");
    sameSide.push(org);
  }

  const orgById = new Map([...orgsFile.organisations, ...jpOrgs, ...auOrgs].map((o) => [o.id, o]));

  // ---- people: half Japanese, half Australian; each co-chairs one or more consecutive rounds
  interface GenPerson {
    person: Person;
    surname: Word;
    rounds: number[];
  }
  const jpPeople: GenPerson[] = [];
  const auPeople: GenPerson[] = [];
  for (let i = 0; i < nPeople; i++) {
    const country = i % 2 === 0 ? "JP" : "AU";
    const surname = nextWord(country, (w) => !takenSurnames.has(normaliseName(w.en)));
    takenSurnames.add(normaliseName(surname.en));
    const given = pick(random, country === "JP" ? JP_GIVEN : AU_GIVEN);
    const person: Person = {
      id: `${surname.en.toLowerCase()}-${given.toLowerCase()}-${i}`,
      country,
      name:
        country === "JP"
          ? { en: `${given} ${surname.en}`, ja: `${surname.ja}・${JP_GIVEN_JA[given]}` }
          : { en: `${given} ${surname.en}` },
      honorific: {
        en:
          random() < 0.2
            ? "Dr."
            : FEMININE.has(given)
              ? country === "JP"
                ? "Her Excellency Ms."
                : "Ms."
              : country === "JP"
                ? "His Excellency Mr."
                : "Mr.",
      },
      aliases: country === "JP" ? [surname.en, surname.ja as string] : [surname.en],
      roles: [],
      commentedOn: [],
      evidence: [],
    };
    (country === "JP" ? jpPeople : auPeople).push({ person, surname, rounds: [] });
  }

  // ---- rounds (dated up to 2100: load the base with `today: SYNTHETIC_TODAY`)
  const startDay = Math.max(Date.UTC(2024, 0, 15) / 86_400_000, lastRealDay + 1);
  const endDay = Date.UTC(2100, 10, 30) / 86_400_000;
  const dayOf = (i: number) =>
    new Date((startDay + Math.floor((i * (endDay - startDay)) / nRounds)) * 86_400_000);
  const cityOf = new Map<number, Text & { en: string; ja: string }>();
  const hostOf = (n: number): "JP" | "AU" => (n % 2 === 0 ? "JP" : "AU");
  for (let n = firstRound; n <= lastRound; n++) {
    cityOf.set(n, pick(random, hostOf(n) === "JP" ? JP_CITIES : AU_CITIES));
  }

  const questions: SyntheticCase[] = [];
  const qRounds = new Set<number>();
  const wanted = Math.min(options.questionRounds ?? 12, nRounds);
  for (let k = 0; k < wanted; k++) {
    qRounds.add(firstRound + Math.floor((k * (nRounds - 1)) / Math.max(1, wanted - 1)));
  }

  const written: string[] = [];
  for (let i = 0; i < nRounds; i++) {
    const n = firstRound + i;
    const source = sourceOfRound(n);
    const day = dayOf(i);
    const year = day.getUTCFullYear();
    const month = day.getUTCMonth() + 1;
    const dd = day.getUTCDate();
    const city = cityOf.get(n) as Text & { en: string; ja: string };
    const host = hostOf(n);
    const place: Place = { city, country: host };
    const dayPrecision = random() < 0.9;
    const dateText = dayPrecision ? `${dd} ${monthName(month)} ${year}` : `${monthName(month)} ${year}`;
    const jp = jpPeople[Math.floor((i * jpPeople.length) / nRounds)] as GenPerson;
    const au = auPeople[Math.floor((i * auPeople.length) / nRounds)] as GenPerson;
    jp.rounds.push(n);
    au.rounds.push(n);
    const jpOrgsHere = ["mofa", ...sample(random, jpOrgs, 2 + Math.floor(random() * 8)).map((o) => o.id)];
    const auOrgsHere = ["dfat", ...sample(random, auOrgs, 1 + Math.floor(random() * 6)).map((o) => o.id)];
    const orgName = (id: string) => orgById.get(id)?.name.en as string;
    const topics = sample(random, TOPICS, 2 + Math.floor(random() * 3));
    const next = n < lastRound ? n + 1 : null;
    const nextCity = next ? (random() < 0.8 ? (cityOf.get(next) as Text) : pick(random, JP_CITIES)) : null;
    const nextYear = next ? dayOf(i + 1).getUTCFullYear() : null;

    const s = {
      held: `The ${ordinal(n)} Japan-Australia Cyber Policy Dialogue was held in ${city.en} ${dayPrecision ? "on" : "in"} ${dateText}.`,
      cochairs: `The meeting was co-chaired by ${jp.person.honorific?.en} ${jp.person.name.en}, Ambassador in charge of Cyber Policy, Ministry of Foreign Affairs of Japan, and ${au.person.honorific?.en} ${au.person.name.en}, Ambassador for Cyber Affairs, Department of Foreign Affairs and Trade.`,
      participants: `Officials from ${listWords(jpOrgsHere.map(orgName))} took part on the Japanese side, and from ${listWords(auOrgsHere.map(orgName))} on the Australian side.`,
      topics: `The two countries exchanged views on ${listWords(topics)}.`,
      outcome: "As the result of the dialogue, Japan and Australia issued a Joint Statement.",
      next: next
        ? `Japan and Australia will hold the ${ordinal(next)} meeting in ${nextCity?.en} in ${nextYear}.`
        : "",
      released: `${monthName(month)} ${dd}, ${year}`,
    };
    const ev = (quote: string, note?: string): Evidence[] => [{ source, quote, ...(note ? { note } : {}) }];
    const date: DateValue = dayPrecision
      ? { year, month, day: dd, precision: "day", approximate: false }
      : { year, month, precision: "month", approximate: false };
    const hasOutcome = random() < 0.3;

    const round: Round = {
      kind: "round",
      number: n,
      held: { status: "known", value: true, evidence: ev(s.held) },
      date: { status: "known", value: date, evidence: ev(s.held) },
      place: { status: "known", value: place, evidence: ev(s.held) },
      released: {
        status: "known",
        value: { year, month, day: dd, precision: "day", approximate: false },
        evidence: ev(s.released, "the release's date line"),
      },
      cochairs: {
        JP: { status: "known", value: jp.person.id, evidence: ev(s.cochairs) },
        AU: { status: "known", value: au.person.id, evidence: ev(s.cochairs) },
      },
      participants: {
        JP: {
          status: "known",
          value: { organisations: jpOrgsHere, complete: true },
          evidence: ev(s.participants),
        },
        AU: {
          status: "known",
          value: { organisations: auOrgsHere, complete: random() < 0.8 },
          evidence: ev(s.participants),
        },
      },
      topics: { status: "known", value: topics.map((t) => ({ en: t })), evidence: ev(s.topics) },
      outcome: hasOutcome
        ? {
            status: "known",
            value: { en: "Japan and Australia issued a Joint Statement." },
            evidence: ev(s.outcome),
          }
        : { status: "unknown", note: "The synthetic release mentions no outcome document." },
      nextRoundAnnounced:
        next && nextCity && nextYear
          ? {
              status: "known",
              value: {
                round: next,
                place: { city: nextCity, country: JP_CITIES.some((c) => c.en === nextCity.en) ? "JP" : "AU" },
                date: { year: nextYear, precision: "year", approximate: false },
              },
              evidence: ev(s.next),
            }
          : { status: "unknown", note: "The latest synthetic round announces no next round." },
    };
    sources.push({
      id: source,
      publisher: "Ministry of Foreign Affairs of Japan (synthetic)",
      title: `The ${ordinal(n)} Japan-Australia Cyber Policy Dialogue (synthetic)`,
      date: { year, month, day: dd, precision: "day", approximate: false },
      url: `https://example.org/synthetic/release-${n}`,
      language: "en",
      note: "Generated for benchmarks; not a real source.",
      text: `sources/${source}.txt`,
    });
    for (const sentence of Object.values(s)) addText(source, sentence);
    for (const [p, title] of [
      [jp, { en: "Ambassador in charge of Cyber Policy", ja: "サイバー政策担当大使" }],
      [au, { en: "Ambassador for Cyber Affairs" }],
    ] as const) {
      const role = p.person.roles[0];
      if (role) role.rounds.push(n);
      else
        p.person.roles.push({
          title,
          organisation: p === jp ? "mofa" : "dfat",
          rounds: [n],
          evidence: ev(s.cochairs),
        });
      if (p.person.evidence.length === 0) p.person.evidence = ev(s.cochairs);
    }

    const file = join(dir, "rounds", `round-${n}.json`);
    writeFileSync(file, JSON.stringify({ $schema: "../schema.json", ...round }));
    written.push(file);

    if (qRounds.has(n)) {
      const jpOrg = orgById.get(jpOrgsHere[1] as string) as Organisation;
      const auOrg = auOrgsHere[1] ? orgById.get(auOrgsHere[1]) : undefined;
      const absentJp = jpOrgs.find((o) => !jpOrgsHere.includes(o.id));
      const jpSur = escapeRegex(jp.surname.en);
      const auSur = escapeRegex(au.surname.en);
      const jpSurJa = escapeRegex(jp.surname.ja as string);
      const cityRe = `${escapeRegex(city.en)}|${escapeRegex(city.ja)}`;
      questions.push(
        {
          q: `Who co-chaired round ${n}?`,
          all: [jpSur, auSur],
          none: [],
          tag: "cochairs",
          intent: "cochairs",
        },
        {
          q: `第${n}回協議の共同議長は？`,
          all: [`${jpSur}|${jpSurJa}`, auSur],
          none: [],
          tag: "ja",
          intent: "cochairs",
        },
        {
          q: `Which agencies took part in the ${ordinal(n)} dialogue?`,
          all: [
            escapeRegex(jpOrg.name.en as string),
            ...(auOrg ? [escapeRegex(auOrg.name.en as string)] : []),
          ],
          none: [],
          tag: "agencies",
          intent: "agencies",
        },
        {
          q: `Where and when was the ${ordinal(n)} dialogue held?`,
          all: [cityRe, String(year)],
          none: [],
          tag: "when-where",
          intent: "when_where",
        },
        {
          q: `Did the ${jpOrg.name.en} attend round ${n}?`,
          all: ["\\byes\\b|はい"],
          none: [],
          tag: "yesno",
        },
        ...(absentJp
          ? [
              {
                q: `Was the ${absentJp.name.en} at round ${n}?`,
                all: ["\\bno\\b|\\bnot\\b|いいえ"],
                none: ["^\\W*yes\\b"],
                tag: "yesno",
              },
            ]
          : []),
        { q: `Who is ${jp.person.name.en}?`, all: [jpSur], none: [], tag: "person", intent: "person" },
      );
      if (next && nextCity && nextYear) {
        questions.push({
          q: `When is the next round after round ${n}?`,
          all: [
            `${escapeRegex(nextCity.en as string)}|${escapeRegex(nextCity.ja as string)}`,
            String(nextYear),
          ],
          none: [],
          tag: "next",
          intent: "next_round",
        });
      }
    }
  }
  if (nRounds > 0) {
    const lastJp = jpPeople[jpPeople.length - 1] as GenPerson;
    questions.push({
      q: `Who co-chaired round ${lastRound + 2}?`,
      all: [],
      none: [escapeRegex(lastJp.surname.en)],
      tag: "honesty",
    });
  }

  // ---- write the other files: the real ones, with the generated organisations, people and sources appended
  for (const name of readdirSync(from)) {
    if (!name.endsWith(".json")) continue;
    const json = readJson(join(from, name)) as Record<string, unknown>;
    if (name === "organisations.json") json.organisations = [...orgsFile.organisations, ...jpOrgs, ...auOrgs];
    if (name === "people.json")
      json.people = [...peopleFile.people, ...[...jpPeople, ...auPeople].map((p) => p.person)];
    if (name === "sources.json") json.sources = sources;
    writeFileSync(join(dir, name), JSON.stringify(json));
    written.push(name);
  }
  for (const name of readdirSync(join(from, "rounds"))) {
    if (!name.endsWith(".json")) continue;
    writeFileSync(join(dir, "rounds", name), readFileSync(join(from, "rounds", name)));
    written.push(name);
  }
  cpSync(join(from, "sources"), join(dir, "sources"), { recursive: true });
  for (const [id, lines] of texts) writeFileSync(join(dir, "sources", `${id}.txt`), `${lines.join("\n")}\n`);

  return {
    dir,
    scale,
    seed,
    counts: {
      rounds: real.rounds + nRounds,
      organisations: real.organisations + nOrgs,
      people: real.people + nPeople,
      sources: sources.length,
      files: written.filter((f) => f !== "schema.json").length,
    },
    questions,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
