/**
 * Step 5b, how the question asks: as announced, outside a place, how often, now, on a weekday, the same as
 * another round, across rounds, the difference between rounds, a name in one language; for yes/no
 * questions, the people and content words every check must cover.
 */

import { ON_RECORD } from "../../claims/extract-every.ts";
import type { KnowledgeBase } from "../../load.ts";
import { WEEKDAYS_EN, WEEKDAYS_JA } from "../../weekdays.ts";
import { mentionsAnnouncing, PLANNED_FOR } from "../announce.ts";
import { firstMeetingClause } from "../first-meeting.ts";
import { asksDialogueName, refineIntent } from "../intent.ts";
import { MONTHS, SIDE_WORDS } from "../vocabulary.ts";
import { isCurrent } from "./decide.ts";
import type { Scan, Tools } from "./scan.ts";

const ACROSS =
  /\b(?:across|in total|overall|altogether|combined|ever|over the years|round by round|by round|per round|for each round|each time|every time|so far|to date)\b/;
/** Words of ACROSS that only ever mean every round (not "in total", which may add up the sides). */
const ACROSS_ROUNDS_ONLY =
  /\b(?:across|ever|over the years|round by round|by round|per round|for each round|each time|every time|so far|to date)\b/;
/** "in Japanese", "the English name", "called in Japanese": a language asked, not a side. */
export const NAME_IN =
  /\b(japanese|english) (?:name|title|word|term|translation|equivalent|spelling|version|rendering|for)\b|\b(?:in|into|to) (japanese|english)\b|\b(?:called|named|written|said|spelt|spelled|translated|known as) (?:as )?in (japanese|english)\b/;

/** 「金曜日」: the weekday in English (as the English questions give it) */
const JA_WEEKDAYS: Record<string, string> = Object.fromEntries(
  WEEKDAYS_JA.map((d, i) => [d, WEEKDAYS_EN[i]?.toLowerCase() ?? ""]),
);

/**
 * "held at the Hilton", "held at MOFA's Iikura House": a place named after "held at" that is no city or country
 * (a building, which the sources never give).
 */
function namedVenue(scan: Scan): boolean {
  const m =
    /\b(?:held|hosted|met|take place|took place|convened) at (?:the )?((?:[A-Z][\w&.-]*'s )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})/.exec(
      scan.input,
    );
  if (!m?.[1]) return false;
  const words = m[1].toLowerCase().split(" ");
  // (a city or country on record, "held at Tokyo", is a place, not a venue)
  return !scan.cityHits.some(
    (c) => words.includes(c.key.toLowerCase()) || words.includes(c.en.toLowerCase()),
  );
}

/** "the venue?", "held at the Hilton?": the building, which the sources never give; a yes/no about it is where. */
/** "how many people attended?", "how many Australian delegates…", 何人: a count of people, which no source gives. */
const HEADCOUNT =
  /\bhow many (?:(?:japanese|australian|individual|aussie|of the|in the) )?(?:individuals|people|persons|officials|delegates|attendees|representatives|members)|何人|人数/;
export const asksHeadCount = (text: string): boolean => HEADCOUNT.test(text);

function readVenue(scan: Scan): void {
  const { hints, text, japanese } = scan;
  if (
    /\b(?:venue|building|hotel|room|address|premises)\b/.test(text) ||
    /会場|建物|ホテル|部屋|会議室|住所|庁舎|本省|公館|迎賓館|施設/.test(japanese) ||
    namedVenue(scan)
  ) {
    hints.venue = true;
    // "held at MOFA's Iikura House?", "at the Foreign Ministry building?": where it was held, not who came
    if (
      (hints.yesno || scan.form.kind === "statement") &&
      scan.intent === "membership" &&
      scan.query.relation !== "cochaired"
    ) {
      scan.intent = "when_where";
      scan.query = {
        intent: "when_where",
        ...(scan.query.round !== undefined ? { round: scan.query.round } : {}),
      };
    }
  }
}

/** "somewhere else", "elsewhere", "a different city", 別の場所. */
const ELSEWHERE =
  /\b(?:somewhere|anywhere) else\b|\belsewhere\b|\b(?:a |another )?different (?:city|place|venue|location)\b|\banother (?:city|place|venue|location)\b|別の(?:場所|都市)|他の(?:場所|都市)|ほかの(?:場所|都市)/i;

export function readAsked(scan: Scan): void {
  const { hints, text, japanese } = scan;
  // words that make a yes/no question compare an outcome with its announcement, in any form
  // (not the release's date: 「発表は12月12日でしたか？」 asks when the release came out)
  if (hints.yesno && !hints.released && mentionsAnnouncing(text)) hints.asAnnounced = true;
  // "was it originally meant to be somewhere else?": held other than as announced
  const typed = scan.input.toLowerCase();
  if (hints.yesno && PLANNED_FOR.test(typed) && ELSEWHERE.test(typed)) {
    hints.asAnnounced = true;
    hints.elsewhere = true;
  }
  // "held in the year round 2 said it would be?", 「予定された年に開催された？」: the date announced, not the place
  if (
    /\b(?:in|on) the (?:year|month|date|time)\b|\bwhen (?:it was|they|round \d+) (?:said|announced|planned|scheduled)/.test(
      text,
    ) ||
    /予定(?:された|されていた|の)?(?:年|月|時期)|発表(?:された|されていた|の)?(?:年|月|時期)/.test(japanese)
  )
    hints.announcedAspect = "when";
  // "agreed in 2014 and first met in Canberra": that city is the 1st round's (claims), not the agreement's
  const first = scan.intent === "origin" ? firstMeetingClause(scan.input) : undefined;
  if (first && hints.place && first.toLowerCase().includes(hints.place.toLowerCase())) delete hints.place;
  if (
    /\b(?:outside|other than|apart from|except|besides|not in|anywhere but)\b/.test(text) ||
    /以外/.test(japanese)
  )
    hints.outside = true;
  if (
    /\b(?:annual|annually|yearly|every year|how often|frequency|regularly|regular)\b/.test(text) ||
    /毎年|定期|頻度|年に一度/.test(japanese)
  )
    hints.frequency = true;
  if (isCurrent(scan)) hints.current = true;
  readVenue(scan);
  if (asksHeadCount(`${text} ${japanese}`)) hints.peopleCount = true;
  if (
    /\b(?:japanese |imperial )?era (?:calendar|year|name|date)s?\b|\bimperial calendar\b|\bheisei\b|\breiwa\b/.test(
      text,
    ) ||
    /和暦|元号|平成|令和/.test(japanese)
  )
    hints.era = true;
  if (
    /\b(?:what time|at what time|what hour|o'?clock|(?:start|begin|open|end|finish)(?:ed|s)? at)\b/.test(
      text,
    ) ||
    /何時(?!間)/.test(japanese)
  ) {
    hints.timeOfDay = true;
    // 「第2回は何時から？」: when, at a time of day
    if (scan.intent === "round_overview") scan.intent = "when_where";
  }
  const weekday =
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(text)?.[1] ??
    JA_WEEKDAYS[/([月火水木金土日])曜/.exec(japanese)?.[1] ?? ""];
  if (weekday) hints.weekday = weekday;
  // "Was round 5 on 5 December?", 「第2回は8月でしたか？」: a day or month said of a round is when it was held
  if (
    scan.intent === "round_overview" &&
    hints.yesno &&
    (weekday || scan.words.some((w) => MONTHS[w] !== undefined) || /\d{1,2}月/.test(japanese))
  )
    scan.intent = "when_where";
  readSameness(scan);
  readRoundsAsked(scan);
  const nameIn = NAME_IN.exec(text);
  const nameInJa = /(日本語|英語)(?:で|の|名|表記|訳)|(和訳|英訳|和名|英名)/.exec(japanese);
  const nameLanguage = nameIn ? (nameIn[1] ?? nameIn[2] ?? nameIn[3]) : (nameInJa?.[1] ?? nameInJa?.[2]);
  if (nameLanguage) hints.nameLanguage = /japanese|日本語|和訳|和名/.test(nameLanguage) ? "ja" : "en";
  if (scan.intent === "glossary" && scan.mentions.length === 0 && asksDialogueName(text, japanese))
    hints.dialogueName = true;
}

/** "the same place as round 2", "on the same day", "the same four agencies": what is said to be the same. */
function readSameness(scan: Scan): void {
  const { hints, text, japanese } = scan;
  // "the same city as round 2", "rounds 2 and 3 were in the same city?"
  const twoRounds = scan.roundMentions.filter((m) => m.mention.strength === "strong").length >= 2;
  const same = (
    twoRounds
      ? /\bsame (city|place|year|month|venue|location|country)\b/
      : /\bsame (city|place|year|month|venue|location|country) as\b/
  ).exec(text);
  if (same?.[1]) hints.same = /year/.test(same[1]) ? "year" : /month/.test(same[1]) ? "month" : "place";
  else if (
    /\b(?:the )?same (?:day|date|time|week|month|year|place|city)\b/.test(text) ||
    /同じ日|同日/.test(japanese) ||
    // "the same four agencies in 2016 and 2017?": a sameness the claims do not check
    (hints.yesno &&
      /\bsame (?:\w+ )?(?:agencies|organi[sz]ations|bodies|people|participants|topics|delegations?)\b/.test(
        text,
      ))
  )
    hints.sameUnresolved = true;
}

/**
 * Which rounds the question is about when it names none or several: across the rounds, all of them, either
 * of them, those on record, one round's list without another's.
 */
function readRoundsAsked(scan: Scan): void {
  const { hints, text, japanese } = scan;
  // "how many in total, both sides?", 「両国合わせて何機関？」: the sides added together, not the rounds
  const sidesAdded =
    /\b(?:both sides|the two sides|both countries|two countries|both delegations)\b/.test(text) ||
    /両国|両側|日豪(?:合わせ|合計)/.test(japanese);
  const totalOnly = /\b(?:in total|altogether|combined|overall)\b/.test(text) || /合計|合わせ/.test(japanese);
  const across = sidesAdded && totalOnly ? ACROSS_ROUNDS_ONLY.test(text) : ACROSS.test(text);
  if (
    across ||
    (!sidesAdded &&
      /これまで|全体で|合計|延べ|歴代|すべての|全ての|回ごと|各回|毎回|回別|今まで/.test(japanese)) ||
    (sidesAdded && /これまで|延べ|歴代|すべての|全ての|回ごと|各回|毎回|回別|今まで/.test(japanese)) ||
    // "List all co-chairs", "the co-chairs on record", "which officials co-chaired rounds"
    (scan.roundMentions.length === 0 && /\b(?:all|every|each|list|rounds)\b|\bon record\b/.test(text))
  ) {
    hints.acrossRounds = true;
    if (!across && !/\b(?:all|every|each|rounds)\b|\bon record\b/.test(text) && !japanese)
      hints.listOnly = true;
  }
  if (
    /\bbut not\b|\b(?:not|n't|weren t|wasn t|werent|wasnt) (?:at|in) (?:the )?(?:round|\d|first|second|third|fourth|fifth)|\bonly (?:at|in)\b/.test(
      text,
    )
  )
    hints.difference = true;
  // 「第3回の参加機関のうち、第2回にいなかったのは？」: one round's list without another's
  if (
    /のうち|の中で/.test(japanese) &&
    /(?:に|には)(?:いなかった|参加しなかった|参加していなかった|なかった)/.test(japanese)
  )
    hints.difference = true;
  // "which agencies … that weren't in round 1", 「…いなかったのはどこ？」: the bodies, whatever "where" says
  if (hints.difference && scan.scores.byIntent.agencies > 0 && scan.intent === "when_where") {
    scan.intent = "agencies";
    scan.query.intent = "agencies";
  }
  if (
    /\beither\b(?! (?:side|country|delegation))|\b(?:any|one) of (?:the )?(?:them|those|these|two|rounds?)\b|\bat least one\b/.test(
      text,
    ) ||
    /どちらか|いずれか|どれか/.test(japanese)
  )
    hints.anyRound = true;
  if (
    /\b(?:all|every|each)(?: of)?(?: the)?(?: (?:recorded|held|past|previous|single|known|listed))? (?:rounds?|dialogues?|meetings?|sessions?)\b|\bboth\b(?! (?:sides|countries|delegations|governments))/.test(
      text,
    ) ||
    /全ての回|すべての回|毎回|全回|どちらも|いずれも|両方とも|ともに|共に/.test(japanese)
  )
    hints.allRounds = true;
  if (ON_RECORD.test(`${text} ${japanese}`)) hints.onRecord = true;
  // "how many different people have co-chaired?", "did anyone co-chair more than once?": every round's co-chairs
  if (
    scan.intent === "cochairs" &&
    scan.roundMentions.length === 0 &&
    (/\bhow many\b|\bmore than once\b|\btwice\b|\bagain\b|\bdifferent\b|\bdistinct\b|\brepeat\w*/.test(
      text,
    ) ||
      /何人|複数回|2回以上|二回以上|再び|重複/.test(japanese))
  )
    hints.acrossRounds = true;
}

/** Each word of a recorded title (lower case) → the patterns of the titles it is in, built once per knowledge base. */
const TITLES_BY_WORD = new WeakMap<KnowledgeBase, Map<string, RegExp[]>>();

function titlesByWord(kb: KnowledgeBase): Map<string, RegExp[]> {
  let byWord = TITLES_BY_WORD.get(kb);
  if (byWord) return byWord;
  byWord = new Map();
  const seen = new Set<string>();
  for (const person of kb.people.values())
    for (const role of person.roles) {
      const title = role.title.en?.toLowerCase();
      if (!title || seen.has(title)) continue;
      seen.add(title);
      const words = title.split(/[^a-z]+/).filter(Boolean);
      if (words.length < 2) continue;
      // (each word singular or plural: "Ambassadors for Cyber Affairs")
      const written = new RegExp(`\\b${words.map((w) => `${w.replace(/s$/, "")}s?`).join("\\W+")}\\b`);
      for (const w of new Set(words)) byWord.set(w, [...(byWord.get(w) ?? []), written]);
    }
  TITLES_BY_WORD.set(kb, byWord);
  return byWord;
}

/** Whether a word is part of a recorded title the text writes out in full. */
function inTitleWritten(kb: KnowledgeBase, word: string, text: string): boolean {
  return (titlesByWord(kb).get(word) ?? []).some((pattern) => pattern.test(text));
}

/** Yes/no: every person named is checked, and capitalised names that are not on record are kept. */
export function yesNoChecks(scan: Scan, tools: Tools): void {
  const { hints } = scan;
  if (!hints.yesno) return;
  hints.contentWords = scan.topicWords;
  const people = [...new Set(scan.mentions.filter((m) => m.ref.kind === "person").map((m) => m.ref.id))];
  if (people.length > 0) hints.namedPeople = people;
  // the words of a recorded title written out ("… the title Ambassador in charge of Cyber Policy?") name no one
  const lower = scan.input.toLowerCase();
  const unrecorded = scan.tokens
    .map((t, i) => ({ t, i }))
    .filter(
      ({ t, i }) =>
        i > 0 &&
        !scan.consumed[i] &&
        /^[A-Z][a-z]{2,}$/.test(t.raw) &&
        !tools.known.has(t.text) &&
        !tools.index.byKey.has(t.text) &&
        !SIDE_WORDS[t.text] &&
        !tools.places.isCity(t.text) &&
        MONTHS[t.text] === undefined &&
        !inTitleWritten(tools.kb, t.text, lower),
    )
    .map(({ t }) => t.raw);
  // 「菅首相」「田中大使」: a name before a title, left once the names on record are taken out
  for (const m of scan.japanese.matchAll(JA_NAME_BEFORE_TITLE))
    if (m[1] && !NOT_A_NAME_JA.test(m[1])) unrecorded.push(m[1]);
  if (unrecorded.length > 0) hints.unrecordedNames = unrecorded;
}

const JA_NAME_BEFORE_TITLE =
  /(?<![\u4e00-\u9fff\u30a0-\u30ff])([\u4e00-\u9fff]{1,3}|[\u30a1-\u30fa・ー]{2,12})(?=首相|総理|大臣|大使|氏|さん|長官|大統領)/g;
/** Words before a title that name a country, a side or a post, not a person. */
const NOT_A_NAME_JA =
  /^(?:日本|日|豪州|豪|オーストラリア|両国|各国|駐日|駐豪|外務|サイバー|政策|担当|同|前|元|現|新|副|共同|首席|特命全権|全権|当時|歴代|国|州|日豪|内閣|総|大)$|(?:側|国|省|庁|担当)$/;

/** A narrower intent ("outcomes" of "topics"), and what a topics or outcomes question looks for. */
/** What a statement is said to have been beyond being issued: who signed or drafted it, whether it binds. */
const STATEMENT_DETAIL =
  /\b(?:sign(?:ed|s|ing|atur\w*)?|draft\w*|negotiat\w*|authored|wr(?:ote|itten)|endors\w*|ratif\w*|binding|legally|co-?signed)\b|署名|調印|起草|拘束力/;

export function refine(scan: Scan): void {
  const { hints } = scan;
  // "what did the joint statement say about ransomware?": what was said on a subject is the topics, even of
  // the document that recorded them
  const saysAbout =
    /\b(?:say|said|says|state|stated|states) (?:anything |something |much )?(?:about|on)\b/.test(scan.text);
  if (!(saysAbout && scan.intent === "topics")) scan.intent = refineIntent(scan.intent, scan.scores);
  // "what did Hayhurst say about round 5?": what a person said is asked of the person
  else if (scan.query.person) scan.intent = "person";
  // "who commented on round 5?": commenting is not co-chairing — who is recorded commenting
  if (scan.intent === "cochairs" && !scan.query.person && /\b(?:comment|remark)\w*/.test(scan.text)) {
    scan.intent = "person";
    scan.query.intent = "person";
    hints.commentsAsked = true;
  }
  scan.query.intent = scan.intent;
  if (scan.intent !== "topics" && scan.intent !== "outcomes") return;
  if (/\bstatement\b/.test(scan.text) || /ステートメント|声明/.test(scan.japanese)) {
    hints.asksStatement = true;
    if (STATEMENT_DETAIL.test(`${scan.text} ${scan.japanese}`)) hints.statementDetail = true;
  }
  if (scan.intent === "topics" && scan.topicWords.length > 0) hints.topicWords = scan.topicWords.slice(0, 6);
}
