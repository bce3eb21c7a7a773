import { VOCABULARY_LEXICON } from "./vocabulary-lexicon.ts";

/**
 * The words understanding works with (intent cue families live with their intents, in ../intents/): round nouns, ordinals, months, and the neutral words that are never "corrected".
 */
const V = VOCABULARY_LEXICON;

/** Nouns that name a round of the dialogue (a round reference's head word), with their plurals. */
export const ROUND_NOUNS = new Set([...V.round.nouns.flatMap((n) => [n, `${n}s`]), ...V.round.asIs]);

/** Words that can stand between an ordinal and its round noun: "the 2nd Japan-Australia cyber policy dialogue". */
export const ROUND_NOUN_MODIFIERS = new Set(V.round.modifiers);

/** Words that show a question is about the dialogue even without an intent cue. */
export const ANCHOR_WORDS = new Set([
  ...ROUND_NOUNS,
  "cyber",
  "cybersecurity",
  "japan",
  "australia",
  "japanese",
  "australian",
  "bilateral",
  "dialogue",
  "ambassador",
  "mofa",
  "dfat",
]);
ANCHOR_WORDS.delete("one");
export const ANCHOR_JA =
  /協議|会合|第.{1,3}回|回目|サイバー|日豪|会議|対話|開催|開かれ|行われ|回(?:を|は|の|が|に|で)|共同議長|参加機関|次回|^(?:で、?|じゃあ、?|それで、?|ねえ、?)?次(?:って|は|いつ)/;

export const ORDINAL_WORDS: Record<string, number> = V.ordinals;

export const NUMBER_WORDS: Record<string, number> = V.numbers;

export const LATEST_WORDS = new Set(V.latest);
export const PREVIOUS_WORDS = new Set(V.previous);

/** Month names, in full and as their three-letter (and other listed) abbreviations. */
export const MONTHS: Record<string, number> = Object.fromEntries([
  ...V.months.flatMap((m, i) => [
    [m, i + 1],
    [m.slice(0, 3), i + 1],
  ]),
  ...Object.entries(V.monthAbbreviations),
]);

/** Words naming a side: countries and their possessives, demonyms and their plurals, short forms, cities' possessives. */
export const SIDE_WORDS: Record<string, "JP" | "AU"> = Object.fromEntries([
  ...Object.entries(V.sides.countries).flatMap(([w, side]) => [
    [w, side],
    [`${w}s`, side],
  ]),
  // (a demonym in -ese is its own plural: "the Japanese")
  ...Object.entries(V.sides.people).flatMap(([w, side]) => [
    [w, side],
    ...(w.endsWith("ese") ? [] : [[`${w}s`, side]]),
  ]),
  ...Object.entries(V.sides.short),
  ...Object.entries(V.sides.cities).map(([w, side]) => [`${w}s`, side]),
]);

/** Function words and question words: never corrected, never an entity, never "unexplained". */
export const STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with and or but not no yes is are was were be been being am do does did done " +
    "has have had having will would shall should can could may might must this that these those it its they them their " +
    "there here he she his her him we us our you your i me my mine who whom whose what which when where why how " +
    "whats wheres whens hows whos thats theres isnt wasnt werent didnt doesnt dont hasnt havent " +
    "as if then than so too very also just only about into over under after before between during since until " +
    "any some all each every both either neither other another such same own more most much many few less least " +
    "please tell me know show give find let lets say said hey hi hello ok okay thanks thank bot question answer " +
    "again still ever yet already now today currently up out off per via vs etc eg ie its one ones someone anyone " +
    "something anything nothing whether both side sides two countries country s t"
  ).split(" "),
);

/**
 * Ordinary words that are neither cues nor names: kept as typed (never corrected into a name or cue).
 * Not a dictionary; just the words people use around these questions that sit near a name or a cue.
 */
export const COMMON_WORDS = new Set(
  (
    "government governments minister ministers prime cabinet office secretary assistant branch strategic intelligence " +
    "security national international regional global asia pacific asean un united nations group experts world cup " +
    "win won weather capital france joke password admin system prompt instructions ignore forget pretend act role " +
    "play write code script drop table select delete insert update database sql then here hear were wear wore " +
    "same name names called call known official officials people person persons man men woman women team " +
    "police federal army navy force forces military defense defence foreign affairs trade home economy industry " +
    "internal communications public agency center department ministry cert olympic olympics paralympic games " +
    "cybercrime crime norms law laws state behaviour behavior cyberspace capacity building information sharing " +
    "infrastructure protection critical joint exercises threat threats trends efforts strategies policies policy " +
    "bilateral context contexts japan australia japanese australian tokyo canberra sydney melbourne osaka kyoto " +
    "ambassador ambassadors dr mr ms mrs excellency his her sir did held hold holding happen happened happening " +
    "meet met first second third fourth fifth sixth seventh eighth ninth tenth last latest recent previous next " +
    "new old big small good bad best better worst true false real really actually exactly correct right wrong " +
    "sure maybe think believe heard hear read news article source sources citation cite reference link url " +
    "english language translate translation japanese answer reply respond explain why because reason reasons " +
    "week weeks month months year years day days date time times today tomorrow yesterday ago later soon " +
    "country countries nation side both each either also between among around approximately exact"
  ).split(" "),
);

/** Cities people may name that the knowledge base does not: a round "in Sydney" is a round not on record. */
export const OTHER_CITIES: Record<string, string> = {
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

/** Other countries: a question about "the Japan–US dialogue" is about a dialogue the knowledge base does not cover. */
export const OTHER_COUNTRIES = new Set([
  "usa",
  "america",
  "american",
  "uk",
  "britain",
  "british",
  "england",
  "india",
  "indian",
  "china",
  "chinese",
  "korea",
  "korean",
  "rok",
  "france",
  "french",
  "germany",
  "german",
  "eu",
  "european",
  "canada",
  "canadian",
  "indonesia",
  "indonesian",
  "philippines",
  "vietnam",
  "singapore",
  "zealand",
  "nz",
  "taiwan",
  "russia",
  "ukraine",
  "quad",
  "aukus",
]);
export const OTHER_DIALOGUE_JA =
  /日[米英印中韓仏独加]|[米英印中韓仏独加]日|豪[米英印中韓仏独加]|[米英印中韓仏独加]豪|米国|アメリカ|英国|イギリス|インド|中国|韓国|フランス|ドイツ|欧州|カナダ/;

/** Japanese words of topics, with the English words of the recorded topics they stand for. */
export const JA_TOPIC_TERMS: Record<string, string[]> = {
  オリンピック: ["olympic"],
  五輪: ["olympic"],
  パラリンピック: ["paralympic"],
  サイバー犯罪: ["cybercrime"],
  犯罪: ["cybercrime"],
  能力構築: ["capacity"],
  キャパシティ: ["capacity"],
  国際法: ["international law"],
  規範: ["norms"],
  信頼醸成: ["confidence"],
  重要インフラ: ["critical", "infrastructure"],
  情報共有: ["information sharing"],
  共同演習: ["joint exercises"],
  演習: ["exercises"],
  脅威: ["threat"],
  戦略: ["strategies"],
  地域: ["regional"],
  二国間: ["bilateral"],
  国連: ["ungge"],
  ASEAN地域フォーラム: ["asean regional forum"],
};
