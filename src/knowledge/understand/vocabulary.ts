/**
 * The words understanding works with: intent cue families (English words after spelling correction,
 * Japanese substrings), round nouns, ordinals, months, and the neutral words that are never "corrected".
 */
import type { Intent } from "../answer-types.ts";

export type CueIntent = Exclude<Intent, "membership" | "unknown">;

export interface Cue {
  intent: CueIntent;
  /** how strongly the cue points at its intent (1 = a hint, 3 = decisive) */
  weight: number;
  /** single words (matching form), matched against whole tokens */
  words?: string[];
  /** phrases over the token text, e.g. "took part" */
  phrases?: RegExp;
  /** Japanese substrings */
  ja?: RegExp;
  /** true when the cue alone shows the question is about the dialogue (domain words) */
  anchors?: boolean;
}

export const CUES: Cue[] = [
  {
    intent: "cochairs",
    weight: 4,
    anchors: true,
    words: [
      "cochair",
      "cochairs",
      "cochaired",
      "cochairing",
      "cochairman",
      "cochairmen",
      "cochairperson",
      "cochairpersons",
      "chair",
      "chairs",
      "chaired",
      "chairing",
      "chairman",
      "chairmen",
      "chairperson",
      "chairpersons",
      "chairwoman",
      "presided",
      "preside",
      "presiding",
      "cohost",
      "cohosted",
      "cohosts",
    ],
    phrases:
      /\b(?:in charge|heads? of (?:the |each |both |two )*(?:delegations?|sides?)|(?:delegation|delegations) heads?|who (?:led|headed|lead|leads|ran|chaired|represented)|who (?:was|were) (?:the )?(?:\w+ )?(?:representatives?|heads?|leaders?)|(?:led|headed) (?:the|by|it|for|japan|australia)|leaders? of (?:the )?(?:delegations?|talks|dialogue|meeting|round)|top (?:aussie|australian|japanese|official|officials|person|people|dog|brass|diplomat|rep|representative)s?|head honcho|in the chair|ran the show|(?:who|whos) (?:was|were) (?:the )?(?:top|lead|boss|bosses|chief)\b)\b/,
    ja: /共同議長|議長|首席代表|代表団長|団長|率い|主宰|取り仕切|仕切っ|トップ/,
  },
  {
    intent: "agencies",
    weight: 3,
    anchors: true,
    words: [
      "agency",
      "agencies",
      "organization",
      "organizations",
      "departments",
      "ministries",
      "bodies",
      "participant",
      "participants",
      "participated",
      "participate",
      "participating",
      "participation",
      "attend",
      "attended",
      "attendee",
      "attendees",
      "attending",
      "attendance",
      "delegation",
      "delegations",
      "delegates",
      "delegate",
      "represented",
      "representatives",
      "representing",
      "officials",
      "involved",
      "entities",
      "institutions",
    ],
    phrases:
      /\b(?:take part|took part|taking part|taken part|who (?:was|were) (?:there|present|at|in attendance|involved)|at the table|who came|who went|who joined|who sent|which (?:ministry|ministries|department|departments|organization|organizations|bodies|offices)|were present|was present|sent officials|government bodies|how many (?:agencies|organizations|ministries|departments|bodies))\b/,
    ja: /参加|出席|省庁|機関|関係者|代表団|府省|官庁|顔ぶれ/,
  },
  {
    intent: "next_round",
    weight: 3,
    words: [
      "next",
      "upcoming",
      "announced",
      "announce",
      "announcement",
      "announcing",
      "scheduled",
      "planned",
    ],
    phrases:
      /\b(?:next (?:time|one|round|meeting|dialogue|session)|will (?:be held|hold|take place|meet|happen)|supposed to|going to be|due to be|expected to|plan(?:ned)? (?:for|to)|following (?:round|meeting|dialogue|one|session)|future (?:round|meeting|dialogue)s?|comes? after|came after|what follows|what is after|after (?:the )?(?:latest|last|most recent) (?:round|meeting|dialogue|one))\b/,
    ja: /次回|次の|次は|次って|次いつ|次に|今後|予定|発表|今度(?:の|は|って|いつ)/,
  },
  {
    intent: "when_where",
    weight: 2,
    words: [
      "when",
      "where",
      "date",
      "dates",
      "dated",
      "venue",
      "location",
      "located",
      "city",
      "place",
      "hosted",
      "host",
      "hosts",
      "hosting",
      "day",
      "year",
      "month",
      "time",
      "wen",
      "held",
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday",
      "weekday",
    ],
    phrases:
      /\b(?:what day|which (?:city|country|year|month)|take place|took place|taken place|held in|held on|meet in|met in|meet up|met up|get together|got together|gotten together|come together|came together|catch up|caught up|sit down|sat down|gather|gathered|convene|convened)\b/,
    ja: /いつ|どこ|日付|日時|日程|開催地|場所|何年|何月|何日|開催日|都市|会場|どの都市|どちらで|開かれ|行われ/,
  },
  {
    intent: "topics",
    weight: 3,
    anchors: true,
    words: [
      "topic",
      "topics",
      "discuss",
      "discussed",
      "discussing",
      "discussion",
      "discussions",
      "agenda",
      "issues",
      "themes",
      "theme",
      "subjects",
      "subject",
      "covered",
      "cover",
      "focus",
      "focused",
      "talked",
      "talk",
      "mentioned",
      "raised",
      "addressed",
      "fora",
      "forum",
      "forums",
      "outcome",
      "outcomes",
      "result",
      "results",
      "statement",
      "achieved",
      "conclusions",
      "exchanged",
      "cooperation",
      "areas",
      "content",
    ],
    phrases:
      /\b(?:talk(?:ed)? about|joint statement|what was (?:said|agreed)|what did they (?:say|agree)|came up|come up|on the table|came out of|come out of|resulted in|produced?)\b/,
    ja: /議題|話題|議論|話し合|話し|協議内容|テーマ|意見交換|内容|協力分野|分野|成果|共同ステートメント|声明|取り上げ|焦点|言及|枠組み/,
  },
  {
    intent: "origin",
    weight: 4,
    anchors: true,
    words: [
      "agreed",
      "agree",
      "agreement",
      "established",
      "establish",
      "establishment",
      "founded",
      "founding",
      "origin",
      "origins",
      "originate",
      "originated",
      "inception",
      "genesis",
      "conceived",
      "summit",
      "backstory",
      "backstories",
    ],
    phrases:
      /\b(?:come into being|first agreed|who agreed|how did (?:it|the dialogue) (?:start|begin|come about))\b/,
    ja: /合意|設立|発足|始ま|始め|創設|きっかけ|経緯|起源|首脳会談|立ち上げ/,
  },
  {
    // "start", "set up", "began": also said of other things, so they do not show the question is about the dialogue
    intent: "origin",
    weight: 3,
    words: [
      "created",
      "launched",
      "began",
      "begin",
      "started",
      "start",
      "beginning",
      "signed",
      "approved",
      "endorsed",
      "initiated",
      "proposed",
      "launch",
      "launching",
      "decided",
    ],
    phrases: /\b(?:set up|come about|came about|sign(?:ed)? off|sign(?:ed)? up)\b/,
  },
  {
    intent: "rounds",
    weight: 2,
    words: [
      "rounds",
      "meetings",
      "dialogues",
      "sessions",
      "list",
      "count",
      "total",
      "history",
      "timeline",
      "ever",
      "annual",
      "annually",
      "yearly",
      "frequency",
      "regularly",
      "often",
    ],
    phrases: /\b(?:how many|how often|so far|to date|number of)\b/,
    ja: /何回|これまで|全て|すべて|過去の|何度/,
  },
  {
    intent: "rounds",
    weight: 4,
    anchors: true,
    phrases:
      /\b(?:(?:list|every|each|all|which|what)(?: of)?(?: the)? (?:rounds|meetings|dialogues|sessions)|(?:list|every|each|all)(?: of)?(?: the)? (?:round|meeting|dialogue|session)|how many (?:rounds|meetings|dialogues|sessions|times)|(?:rounds|meetings|dialogues|sessions) (?:so far|to date|on record|have there been|were there))\b/,
    ja: /何回開|何回行われ|回数|一覧|歴代|(?:開催|開かれ|行われ)(?:た|された)?回/,
  },
  {
    intent: "glossary",
    weight: 3,
    words: [
      "acronym",
      "abbreviation",
      "abbreviated",
      "meaning",
      "mean",
      "means",
      "stand",
      "stands",
      "define",
      "definition",
      "expansion",
      "expand",
    ],
    phrases:
      /\b(?:stand for|stands for|short for|full (?:name|form)|what (?:is|are|was|were) (?:the )?[a-z0-9]+\??$)/,
    ja: /とは|の略|何の略|正式名称|正式な名前|意味|日本語名|英語名|略称/,
  },
  {
    intent: "person",
    weight: 2,
    words: ["title", "position", "role", "job", "post", "rank", "biography", "background", "whos"],
    phrases:
      /\b(?:who (?:is|was) (?!the\b)|what (?:is|was) (?:the )?(?:title|position|role|job)|work(?:ed|s)? (?:for|at)|(?:was|is) \w+ from|from which)/,
    ja: /誰|だれ|役職|肩書|人物|どんな人|所属/,
  },
  {
    intent: "round_overview",
    weight: 2,
    words: [
      "overview",
      "summary",
      "summarise",
      "summarize",
      "details",
      "detail",
      "everything",
      "info",
      "information",
      "describe",
      "recap",
      "happened",
      "about",
    ],
    phrases: /\b(?:tell me about|what happened|what do you know|what went on)\b/,
    ja: /について|概要|教えて|まとめ|詳細|詳しく|何があった|全体/,
  },
];

/** Nouns that name a round of the dialogue (a round reference's head word). */
export const ROUND_NOUNS = new Set([
  "round",
  "rounds",
  "dialogue",
  "dialogues",
  "dialog",
  "meeting",
  "meetings",
  "session",
  "sessions",
  "talks",
  "edition",
  "consultation",
  "consultations",
  "iteration",
  "one",
  "installment",
  "instalment",
  "conference",
  "gathering",
]);

/** Words that can stand between an ordinal and its round noun: "the 2nd Japan-Australia cyber policy dialogue". */
export const ROUND_NOUN_MODIFIERS = new Set([
  "japan",
  "australia",
  "japanese",
  "australian",
  "cyber",
  "policy",
  "annual",
  "bilateral",
  "jp",
  "au",
  "and",
  "official",
  "formal",
]);

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

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
  inaugural: 1,
  initial: 1,
  opening: 1,
  founding: 1,
};

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export const LATEST_WORDS = new Set([
  "latest",
  "last",
  "recent",
  "newest",
  "current",
  "final",
  "lastest",
  "mostrecent",
]);
export const PREVIOUS_WORDS = new Set(["previous", "prior", "preceding", "penultimate"]);

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const SIDE_WORDS: Record<string, "JP" | "AU"> = {
  japan: "JP",
  japanese: "JP",
  japans: "JP",
  jp: "JP",
  tokyos: "JP",
  australia: "AU",
  australian: "AU",
  australians: "AU",
  australias: "AU",
  aussie: "AU",
  aussies: "AU",
  au: "AU",
  aus: "AU",
  canberras: "AU",
};

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
