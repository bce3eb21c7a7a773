/**
 * Intent detection: cue families score the words of a question (after spelling correction), and a few
 * structural rules decide between close readings (a yes/no question naming an agency is a membership
 * question; "what does X stand for" is a glossary question; a question with only weak cues and nothing
 * about the dialogue in it is off-topic).
 */
import { INTENTS, type Intent } from "../answer-types.ts";
import { type Cue, cues, refinements, scoredIntents } from "../intents/tables.ts";
import type { EntityMention } from "./entities.ts";
import type { RelatedMention } from "./rounds.ts";
import { inflections, stem } from "./stem.ts";
import { ORDINAL_WORDS, ROUND_NOUNS, STOPWORDS } from "./vocabulary.ts";

export interface CueScores {
  /** each intent's cue score; a narrower intent's cues count for the intent it refines too */
  byIntent: Record<Intent, number>;
  total: number;
  /** a cue that by itself shows the question is about the dialogue (co-chairs, agencies, topics, origin) */
  anchored: boolean;
}

/** Every cue word with its intent, inflections included (for spelling correction: a tie between two
 * co-chair words is no tie). */
export function cueWords(): Map<string, string> {
  const out = new Map<string, string>();
  for (const cue of cues()) {
    for (const word of [...cue.words, ...cue.inflected.flatMap(inflections)])
      if (!out.has(word)) out.set(word, cue.intent);
  }
  return out;
}

type CueEntry = { intent: Intent; weight: number; anchors: boolean };
/** Cue families by exact word, and by the stem of their base forms. */
const EXACT = new Map<string, number[]>();
const STEMS = new Map<string, number[]>();
const ENTRIES: CueEntry[] = cues().map((cue, k) => {
  const add = (map: Map<string, number[]>, key: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(k)) list.push(k);
    map.set(key, list);
  };
  for (const word of cue.words) add(EXACT, word);
  for (const base of cue.inflected) add(STEMS, stem(base));
  return { intent: cue.intent, weight: cue.weight, anchors: cue.anchors };
});
/** The cue families a word belongs to (each once). */
const CUES_OF = new Map<string, readonly CueEntry[]>();
const cuesOf = (word: string): readonly CueEntry[] => {
  let found = CUES_OF.get(word);
  if (!found) {
    const at = new Set([...(EXACT.get(word) ?? []), ...(STEMS.get(stem(word)) ?? [])]);
    found = [...at].flatMap((k) => ENTRIES[k] ?? []);
    // the words of questions are few; a flood of new words is read without being remembered
    if (CUES_OF.size < 20_000) CUES_OF.set(word, found);
  }
  return found;
};

/** Words that are cues only weakly (they also occur in questions of other kinds). */
const WEAK_WORDS = new Set([
  "held",
  "about",
  "time",
  "day",
  "year",
  "month",
  "place",
  "cover",
  "content",
  "areas",
  "cooperation",
  "ever",
  "list",
  "total",
  "count",
  "mean",
  "means",
  "post",
  "talk",
  "talks",
  "focus",
  "involved",
  "result",
  "results",
]);

/**
 * The people at a meeting as the subject of meeting it ("the delegations met in Canberra", "when did the
 * officials gather"): they say who met, not that the participants are asked about.
 */
const MEETING_SUBJECT_WORDS = new Set([
  "delegation",
  "delegations",
  "delegates",
  "officials",
  "representatives",
  "participants",
]);
const MEETING_SUBJECT = new RegExp(
  `(?<!\\b(?:which|what|whose|how many) )\\b(${[...MEETING_SUBJECT_WORDS].join("|")}) (?:first |last |actually |all )?(?:met|meet|meets|gathered|gather|convened|convene|sat down|got together|came together|assembled)\\b`,
  "g",
);

/** Each cue family's phrases, found with where they are. */
const PHRASES = new Map<Cue, RegExp>();
const phrasesOf = (cue: Cue): RegExp | undefined => {
  if (!cue.phrases) return undefined;
  let global = PHRASES.get(cue);
  if (!global) {
    global = new RegExp(cue.phrases.source, "g");
    PHRASES.set(cue, global);
  }
  return global;
};

/**
 * The cue families whose phrases are in the text; a phrase overlapping a longer phrase of another family
 * does not count ("who came up with" is neither "who came" nor "came up").
 */
function phraseCues(text: string): Set<Cue> {
  const found: { cue: Cue; start: number; end: number }[] = [];
  for (const cue of cues()) {
    const pattern = phrasesOf(cue);
    if (!pattern || !cue.phrases?.test(text)) continue;
    for (const m of text.matchAll(pattern)) found.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  const outdone = (a: (typeof found)[number]) =>
    found.some(
      (b) => b.cue !== a.cue && b.start < a.end && a.start < b.end && b.end - b.start > a.end - a.start,
    );
  return new Set(found.filter((a) => !outdone(a)).map((a) => a.cue));
}

export function scoreCues(words: string[], japanese: string): CueScores {
  const byIntent = Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<Intent, number>;
  let anchored = false;
  const seen = new Set<string>();
  const text = words.join(" ");
  // (tried only when one of its subjects is there)
  const meetingSubject = words.some((w) => MEETING_SUBJECT_WORDS.has(w));
  for (const m of meetingSubject ? text.matchAll(MEETING_SUBJECT) : []) {
    if (!m[1]) continue;
    seen.add(m[1]);
    // still a word of this dialogue's meetings: the question is on topic
    if (cuesOf(m[1]).some((cue) => cue.anchors)) anchored = true;
  }
  for (const word of words) {
    if (seen.has(word)) continue;
    seen.add(word);
    for (const cue of cuesOf(word)) {
      const weight = WEAK_WORDS.has(word) ? 1 : cue.weight;
      byIntent[cue.intent] += weight;
      if (cue.anchors && !WEAK_WORDS.has(word)) anchored = true;
    }
  }
  const phrased = phraseCues(text);
  for (const cue of cues()) {
    if (phrased.has(cue)) {
      byIntent[cue.intent] += cue.weight;
      if (cue.anchors) anchored = true;
    }
    if (japanese && cue.ja?.test(japanese)) {
      byIntent[cue.intent] += cue.weight;
      if (cue.anchors) anchored = true;
    }
  }
  const total = Object.values(byIntent).reduce((a, b) => a + b, 0);
  for (const { intent, of } of refinements()) byIntent[of] += byIntent[intent];
  return { byIntent, total, anchored };
}

/** A narrower intent whose own cues are in the question ("outcomes" of "topics"). */
export function refineIntent(intent: Intent, scores: CueScores): Intent {
  const narrower = refinements().find((r) => r.of === intent && scores.byIntent[r.intent] > 0);
  return narrower?.intent ?? intent;
}

export interface Features {
  scores: CueScores;
  yesno: boolean;
  /** the question's words outside names ("ent" stands for a name) */
  words: string[];
  entities: EntityMention[];
  unknownName: string | undefined;
  cities: { display: string; known: boolean }[];
  roundMentions: RelatedMention[];
  anchor: boolean;
  topicWords: string[];
  /** the Japanese part of the question, names blanked out */
  japanese: string;
  /** a side named ("Australian", "日本側") */
  side: boolean;
  /** the question is about now ("still", "currently") */
  current: boolean;
}

const best = (
  scores: Record<Intent, number>,
  among: readonly Intent[] = scoredIntents(),
): Intent | undefined => {
  let top: Intent | undefined;
  for (const intent of scoredIntents()) {
    if (!among.includes(intent)) continue;
    if ((scores[intent] ?? 0) > 0 && (top === undefined || scores[intent] > scores[top])) top = intent;
  }
  return top;
};

/** Words that make a yes/no question about an organisation a question of being at a round. */
const ATTENDING =
  /\b(?:at|there|present|go|went|gone|come|came|join|joined|send|sent|represented|participant|part|involved|among|in|attend\w*|take part|took part)\b|参加|出席|いた|来/;

/** Turning up, or the bodies that did: with a side named, the question is about that side's agencies. */
const SIDE_PARTICIPATION =
  /\b(?:show(?:s|ed|ing)? up|turn(?:s|ed|ing)? up|came|come|comes|coming|sen[dt] (?:\w+ )?(?:officials|people|delegates|delegations|representatives|staff|anyone|someone)|who did (?:\w+ ){1,2}send|(?:was|were|is|are|got|get|be|been) represented|represented by|orgs?|organi[sz]ations?|bodies|departments?|ministr(?:y|ies)|agenc(?:y|ies)|offices|institutions|entities|participants?|attend\w*|delegat\w+)\b/;
const SIDE_PARTICIPATION_JA =
  /来た|来ていた|来日|訪れ|派遣|送った|送り込|参加|出席|省庁|機関|官庁|組織|府省|顔ぶれ/;

const OUTCOME =
  /\b(?:outcome|outcomes|result|results|statement|achieved|conclusions|came out of|come out of|resulted)\b|成果|共同ステートメント|声明/;
const HELD =
  /\b(?:held|happen|happened|take place|took place|taken place|hosted|convened|met)\b|開催|開かれ|行われ/;

/**
 * The question asks when or where ("when", "what date", "where", "いつ", "どこ") and not also which, who or
 * how many ("Where did the Japanese officials come from?" asks which bodies).
 */
export function asksWhenWhere(text: string, japanese: string): boolean {
  const en =
    /\b(?:when|what date|what day|what time|what year|what month|where)\b/.test(text) &&
    !/\b(?:which|who|whom|whose|how many|where \w+(?: \w+){0,5} from)\b/.test(text) &&
    !/\bwhat (?:agenc|organi[sz]ation|ministr|department|bod|offices?\b|institution|entit)/.test(text);
  const ja =
    /いつ|どこ|何月|何年|何日|いつごろ|何時/.test(japanese) &&
    !/誰|だれ|どなた|どの|何機関|いくつ|何人|何省|どんな|どこの|どこから|どこが(?:参加|出席)|(?:機関|省庁|組織|官庁|府省|部署|団体|省|庁)(?:は|が|って)?どこ/.test(
      japanese,
    );
  return en || ja;
}

/** The words of a question about a word itself ("what does it stand for", "what is the acronym"). */
const glossaryShapeOnly = (text: string): boolean =>
  /\b(?:stand|stands|short) for\b|\bmean\b|\bmeans\b|\bmeaning\b|\bacronym\b|\babbreviation\b|\bfull (?:name|form)\b|\bdefin/.test(
    text,
  );

/** "What is the Japanese name of the dialogue?", "協議の正式名称は？" */
export function asksDialogueName(text: string, japanese: string): boolean {
  return (
    /\b(?:name|called|title)\b(?: \w+){0,4} (?:dialogue|dialog)\b|\b(?:dialogue|dialog)(?: \w+){0,2} (?:called|named|name|title)\b|\b(?:dialogue|dialog)s? (?:\w+ ){0,3}(?:name|title)\b/.test(
      text,
    ) ||
    (/名称|名前|何と呼/.test(japanese) && /協議/.test(japanese))
  );
}

/** What the rules of intent decision look at, derived once from the features. */
interface Shape {
  s: Record<Intent, number>;
  text: string;
  person: EntityMention | undefined;
  org: EntityMention | undefined;
  term: EntityMention | undefined;
  hasRound: boolean;
  strongRound: boolean;
  /** a strong round reference by number or date */
  numbered: boolean;
  /** a strong round reference by number */
  numberedRound: boolean;
  someone: EntityMention | string | undefined;
  organisations: number;
}

function shapeOf(f: Features): Shape {
  const person = f.entities.find((e) => e.ref.kind === "person");
  const org = f.entities.find((e) => e.ref.kind === "organisation");
  const strong = f.roundMentions.filter((m) => m.mention.strength === "strong");
  return {
    s: f.scores.byIntent,
    text: f.words.join(" "),
    person,
    org,
    term: f.entities.find((e) => e.ref.kind === "term"),
    hasRound: f.roundMentions.length > 0,
    strongRound: strong.length > 0,
    numbered: strong.some((m) => m.mention.kind === "number" || m.mention.kind === "date"),
    numberedRound: strong.some((m) => m.mention.kind === "number"),
    someone: person || org || f.unknownName,
    organisations: f.entities.filter((e) => e.ref.kind === "organisation").length,
  };
}

/** A yes/no question: what it checks (a person, a membership, a date, a topic…), if the rules can tell. */
function yesNoIntent(f: Features, d: Shape): Intent | undefined {
  const { s, text, person, org, term, hasRound, numberedRound, someone, organisations } = d;
  if (f.yesno) {
    // "Is Feakin Japanese?", "Is Mizushima still the ambassador?": about the person, not a round
    if (
      person &&
      (f.side || f.current) &&
      !hasRound &&
      s.cochairs === 0 &&
      s.agencies === 0 &&
      s.topics === 0
    ) {
      return "person";
    }
    // "Is ASD the same as ACSC?", "Is the ACSC part of ASD?"
    if (organisations >= 2 && /\b(?:same|part of|belong|under|subordinate|separate|different)\b/.test(text))
      return "glossary";
    // "Does the NPA deal with cybercrime?": not about attending a round
    if (
      org &&
      !person &&
      !hasRound &&
      s.agencies === 0 &&
      s.cochairs === 0 &&
      !ATTENDING.test(`${text} ${f.japanese}`)
    ) {
      return "glossary";
    }
    if (s.origin > 0 && !numberedRound && s.cochairs === 0 && s.agencies === 0) return "origin";
    // "Is the dialogue still going?": the record ends with its latest round
    if (f.current && !someone && !hasRound && s.cochairs === 0 && s.agencies === 0) return "when_where";
    if (s.cochairs > 0 && someone) return "membership";
    if (term && !org && !person) return s.topics > 0 || hasRound ? "topics" : "glossary";
    if (s.topics > 0 && OUTCOME.test(`${text} ${f.japanese}`)) return "topics";
    if (f.cities.length > 0 && !someone && s.agencies === 0 && s.cochairs === 0) {
      if (s.next_round > 0 && !HELD.test(`${text} ${f.japanese}`)) return "next_round";
      return "membership";
    }
    // "Was the inaugural meeting back in 2014?": a round and a date, nothing else asked — a check of its date
    if (
      !someone &&
      f.roundMentions.some((m) => m.mention.kind === "date" && m.mention.strength === "strong") &&
      f.roundMentions.some((m) => m.mention.kind !== "date" && m.mention.kind !== "month") &&
      s.cochairs + s.agencies + s.topics + s.next_round + s.origin === 0
    )
      return "when_where";
    if (someone) {
      if (s.topics > 0 && !org && !person) return "topics";
      if (s.glossary > 0 && !hasRound) return "glossary";
      return "membership";
    }
    if (s.topics > 0) return "topics";
    if (s.next_round > 0 && (/\bnext\b|次/.test(`${text} ${f.japanese}`) || !HELD.test(text)))
      return "next_round";
    if (s.cochairs > 0) return "cochairs";
    if (s.agencies > 0) return "agencies";
    if (
      s.when_where > 0 ||
      HELD.test(`${text} ${f.japanese}`) ||
      /\bthere (?:a|an|any|ever)\b|\bexist/.test(text)
    ) {
      return hasRound ? "when_where" : s.rounds > 0 ? "rounds" : "when_where";
    }
  }

  return undefined;
}

/** What the question asks by its shape: when or where, which bodies a side sent, the dialogue's name. */
function askedIntent(f: Features, d: Shape): Intent | undefined {
  const { s, text, person, org, term, someone } = d;
  // "When did the Japanese delegation come to Canberra?", "日本代表団はいつ来日した？": asking when or where
  // (and not also which, who or how many) asks for the date and place, whatever participation words
  // ("delegation", "officials", "came") the question uses.
  if (asksWhenWhere(text, f.japanese) && !person && !org && !f.unknownName && !term) {
    if (s.cochairs === 0 && s.topics === 0 && s.next_round === 0 && s.origin === 0 && s.agencies > 0)
      return "when_where";
  }

  // "Which Australian orgs showed up in Tokyo?", "Who did Japan send?", "豪州からはどの機関が来た？": a side's
  // participation (a verb of turning up, or a noun of government bodies) asks for that side's agencies only.
  if (
    f.side &&
    !person &&
    !org &&
    !f.unknownName &&
    s.cochairs === 0 &&
    s.topics === 0 &&
    s.next_round === 0 &&
    s.origin === 0 &&
    (SIDE_PARTICIPATION.test(text) || SIDE_PARTICIPATION_JA.test(f.japanese)) &&
    // "When did the Japanese delegation come to Canberra?" asks when, not who
    !/\b(?:when|where|what time|what date)\b/.test(text) &&
    !/いつ|どこ|何月|何年/.test(f.japanese)
  )
    return "agencies";

  // The dialogue's own name: "What is the Japanese name of the dialogue?"
  if (!someone && !term && s.cochairs === 0 && s.agencies === 0 && asksDialogueName(text, f.japanese))
    return "glossary";

  return undefined;
}

/** A name in the question: a term or organisation to define, a person to describe, a membership to check. */
function namedIntent(f: Features, d: Shape): Intent | undefined {
  const { s, text, person, org, term, hasRound, strongRound, numbered, organisations } = d;
  // "What does X stand for?", "What is X?", "Xとは"
  // asks what a name stands for, whatever else it mentions ("What does IPA stand for in the 2017 list?")
  const meaningAsked =
    /\b(?:stand|stands|short) for\b|\bmean\b|\bmeans\b|\bacronym\b|\babbreviation\b|\bfull (?:name|form)\b/.test(
      text,
    );
  const glossaryShape =
    meaningAsked ||
    /^(?:\w+ )?(?:what|whats) (?:is|are|was|were)? ?(?:an? )?ent\b/.test(text) ||
    s.glossary > 0;

  // A person named: who they are (and which rounds they co-chaired), unless the question is about a round.
  if (person) {
    const aboutRound = strongRound || (/\bwho\b/.test(text) && /\bwith\b/.test(text));
    if (s.person > 0 && s.person >= s.cochairs - 2) return "person";
    if (!aboutRound && s.topics === 0 && s.next_round === 0 && s.origin === 0) return "person";
  }
  if (
    (org || term) &&
    glossaryShape &&
    s.cochairs === 0 &&
    s.agencies === 0 &&
    s.topics === 0 &&
    s.next_round === 0 &&
    !numbered
  ) {
    return "glossary";
  }
  if ((org || term) && meaningAsked && /^(?:\w+ )?(?:what|whats)\b/.test(text) && s.cochairs === 0)
    return "glossary";
  if (organisations >= 2 && !hasRound && s.agencies === 0 && s.cochairs === 0) {
    return "glossary";
  }
  if (!org && !term && !person && f.unknownName && glossaryShape && s.cochairs === 0 && s.agencies === 0) {
    return s.person > s.glossary ? "person" : "glossary";
  }
  if (
    !person &&
    !org &&
    f.unknownName &&
    s.person > 0 &&
    /\bwho\b|誰|だれ/.test(`${text} ${f.japanese}`) &&
    s.cochairs === 0 &&
    s.agencies === 0
  ) {
    return "person";
  }

  const ofOrganisation = org ? organisationIntent(f, d) : undefined;
  if (ofOrganisation) return ofOrganisation;
  if (!org && !person && f.unknownName && s.agencies > 0 && hasRound) return "membership";

  // "Who led…", "Who co-chaired…": co-chairs, whatever else the question mentions.
  if (s.cochairs > 0 && /\bwho\b|誰|だれ/.test(`${text} ${f.japanese}`) && s.agencies < s.cochairs)
    return "cochairs";

  return undefined;
}

/** What is asked of an organisation named: whom it represented, who came from it, what it is, was it there. */
function organisationIntent(f: Features, d: Shape): Intent | undefined {
  const { s, text, org, hasRound } = d;
  // "Who did CERT Australia represent?": whom the organisation stood for (the participants' list says)
  if (org && !f.yesno && /\bwho did (?:the )?ent represent\b/.test(text)) return "agencies";
  // "Who represented NISC at round 2?", "who was NISC's representative?": the people from it (who came from
  // an organisation), not the co-chairs of its side
  if (
    org &&
    !f.yesno &&
    !/\bco ?-?chair|\bchair|\bhead|\bled\b/.test(text) &&
    /\bwho (?:represented|was representing|were representing|spoke for) (?:the )?ent\b|\bwho (?:was|were) (?:the )?ent(?:'s| s)? (?:representatives?|delegates?|officials?)\b/.test(
      text,
    )
  )
    return "membership";
  // "What's IPA in the Japanese participant list?": what the name stands for, wherever it was seen
  if (
    org &&
    !f.yesno &&
    !hasRound &&
    /^(?:so |and |ok )?what(?: is| does)? (?:the )?ent(?: (?:in|on|mean|means|stand|stands|refer|refers)\b|$)/.test(
      text,
    )
  )
    return "glossary";
  // An organisation named with a round: was it there? With "which rounds": where was it?
  if (org && s.cochairs === 0 && s.topics === 0 && s.next_round === 0 && s.origin === 0) {
    // "At round 2, which centre was CERT Australia representing?" asks about the round's participants
    if (!f.yesno && hasRound && /\b(?:which|what)\b/.test(text)) return "agencies";
    if (s.agencies > 0 || s.rounds > 0 || hasRound) return "membership";
    return "glossary";
  }
  return undefined;
}

/** The best-scoring cue family, adjusted where the words show a closer reading. */
function scoredIntent(f: Features, d: Shape): Intent {
  const { s, text, person, org, term, hasRound, strongRound, numbered, someone } = d;
  let intent = best(s);
  // "What was the first round with IPA?": nothing named to define, only a round — a question about it
  if (intent === "glossary" && !someone && !term && strongRound && !glossaryShapeOnly(text))
    intent = "round_overview";
  if (intent === "next_round" && s.when_where > s.next_round + 2) intent = "when_where";
  // "Which city hosts them next time?": when and where of the next round is the next round
  if (
    intent === "when_where" &&
    /\bnext (?:time|one|round|meeting|dialogue|session)\b/.test(text) &&
    !numbered
  )
    intent = "next_round";
  if (
    intent === "origin" &&
    numbered &&
    !/\bfirst\b/.test(text) &&
    s.topics + s.cochairs + s.agencies + s.when_where > 0
  ) {
    intent = best(s, ["cochairs", "agencies", "topics", "when_where"]);
  }
  // "what was agreed in 2016?" is a round's topics; "the dialogue was agreed in 2015?" is its origin
  if (
    intent === "origin" &&
    numbered &&
    /\bagreed?\b/.test(text) &&
    !/\b(?:dialogue|dialog|it)\s+(?:was\s+|been\s+|being\s+|got\s+|get\s+)?(?:first\s+)?agreed\b/.test(text)
  )
    intent = "topics";
  if (intent === "round_overview" && (org || term) && !hasRound) return "glossary";
  if (intent === "person" && !person && !f.unknownName) {
    // "who was Japan's representative at round 2?" is about the co-chairs
    if (hasRound || /\b(?:represent|representative|ambassador|delegate|head)\w*\b/.test(text))
      intent = "cochairs";
  }
  if (intent === "when_where" && /\bhow many\b/.test(text)) intent = "rounds";
  // "In which cities has it been held?", "これまでの開催地は？": where every round was, the list of rounds
  if (
    intent === "when_where" &&
    !hasRound &&
    (/\b(?:cities|places|venues|locations|countries)\b/.test(text) ||
      (/これまで|歴代|各回|今まで|全ての回|すべての回/.test(f.japanese) &&
        /開催地|都市|場所|どこ/.test(f.japanese)))
  )
    intent = "rounds";
  // "the outcomes of each round": a fact of every round, not the list of rounds
  if (intent === "rounds" && Math.max(s.topics, s.cochairs, s.agencies) >= 3) {
    intent = best(s, ["cochairs", "agencies", "topics"]);
  }
  if (!intent) {
    // a bare reference ("round 3", "2nd", "the one after the first") asks about that round
    const bare = f.words.every(
      (w) =>
        STOPWORDS.has(w) ||
        ROUND_NOUNS.has(w) ||
        w in ORDINAL_WORDS ||
        /^\d/.test(w) ||
        w === "after" ||
        w === "before",
    );
    if (strongRound || (hasRound && bare)) return "round_overview";
    if (person) return "person";
    if (org || term) return "glossary";
    return "unknown";
  }
  // Weak cues alone ("when", "who", "next") say nothing about the dialogue: "Who will win the next World Cup?"
  if (!f.anchor) return "unknown";
  return intent;
}

/**
 * The intent of a question: the rules of a yes/no question first, then what its shape asks, then the names
 * in it, then the best-scoring cue family.
 */
export function decideIntent(f: Features): Intent {
  const d = shapeOf(f);
  return yesNoIntent(f, d) ?? askedIntent(f, d) ?? namedIntent(f, d) ?? scoredIntent(f, d);
}
