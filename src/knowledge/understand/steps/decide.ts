/**
 * Step 4, what is asked: the intent decided from the cue scores and the question's shape, then the
 * readings that only the whole question shows — a recorded title ("who is the ambassador for cyber
 * affairs?"), the date of a release, the date of the agreement, a comparison of rounds by their size.
 */
import { findDates } from "../../claims/dates.ts";
import { isKnown, roundsCochairedBy, roundsInYear } from "../../queries.ts";
import { comparesWithAnnouncement, mentionsAnnouncing } from "../announce.ts";
import { decideIntent, type Features } from "../intent.ts";
import { askedExtreme, asksRelease } from "./phrases.ts";
import { type Scan, type Stop, stop, type Tools } from "./scan.ts";
import { ORG_TEAM } from "./slots.ts";

/** The question asks about now, which the knowledge base does not record. */
export const CURRENT =
  /\b(?:still|now|currently|current|today|present|nowadays|these days|anymore|any more|incumbent)\b/;
const CURRENT_JA = /現在|今の|現職|いまの/;
const WHO = /\bwho\b|\bwhos\b|\bwhich\b/;
const WHO_JA = /誰|だれ|どの人|どなた/;

export const isCurrent = (scan: Scan) => CURRENT.test(scan.text) || CURRENT_JA.test(scan.japanese);

function features(scan: Scan): Features {
  return {
    scores: scan.scores,
    yesno: scan.hints.yesno,
    words: scan.cueText,
    entities: scan.mentions,
    unknownName: scan.unknownName,
    cities: scan.cityHits.map((c) => ({ display: c.en, known: c.known })),
    roundMentions: scan.roundMentions,
    anchor: scan.anchor,
    topicWords: scan.topicWords,
    japanese: scan.japanese,
    side: scan.side !== undefined,
    current: isCurrent(scan),
  };
}

/** A date in the question that is the agreement's (to the month at least), and no round's. */
function originDateAsked(scan: Scan, tools: Tools): boolean {
  const origin = tools.kb.dialogue.origin;
  if (!isKnown(origin)) return false;
  const date = origin.value.date;
  // (the year alone when the question also says agreeing: "what did they agree in 2014?")
  const agreeing = scan.scores.byIntent.origin > 0;
  return scan.roundMentions.some(
    ({ mention: m }) =>
      m.kind === "date" &&
      (m.month !== undefined || agreeing) &&
      m.year === date.year &&
      (m.month === undefined || m.month === date.month) &&
      (m.day === undefined || date.day === undefined || m.day === date.day) &&
      roundsInYear(tools.kb, m.year, m.month).length === 0,
  );
}

/** "日豪サイバー政策協議って英語で何て言う？", "the dialogue's abbreviation?": the dialogue's own name. */
function dialogueNameAsked(scan: Scan): void {
  const name = scan.scope?.dialogueName;
  if (!name || !["unknown", "glossary", "round_overview", "rounds", "when_where"].includes(scan.intent))
    return;
  scan.intent = "glossary";
  scan.hints.dialogueName = true;
  if (name.abbreviation) scan.hints.dialogueAbbreviation = true;
}

/** "Who is the Australian ambassador for cyber affairs?": a recorded title names its holders. */
function roleHolderAsked(scan: Scan, tools: Tools): Stop | undefined {
  const asked =
    (scan.intent === "unknown" ||
      scan.intent === "person" ||
      scan.intent === "cochairs" ||
      scan.intent === "glossary") &&
    !scan.mentions.some((m) => m.ref.kind === "person") &&
    // ("the current ambassador": "current" is no round)
    scan.roundMentions.every((m) => m.mention.kind === "latest" && m.mention.strength === "weak") &&
    (WHO.test(scan.text) || WHO_JA.test(scan.japanese));
  if (!asked) return undefined;
  const holders = tools.names.roleHolders(scan.words, scan.japanese, scan.side);
  // "Who is the current ambassador for cyber affairs?": a title held at rounds — who held it at which round
  // (the composer says who holds it now is not recorded); "Who is the prime minister now?": not a post of
  // the dialogue's rounds
  const atRounds = holders?.people.some((id) => roundsCochairedBy(tools.kb, id).length > 0);
  if (holders && isCurrent(scan) && !atRounds) return stop(scan.locale, scan.hints, "current");
  if (holders) {
    scan.intent = "person";
    scan.hints.roleHolders = holders;
  }
  return undefined;
}

export function decide(scan: Scan, tools: Tools): Stop | undefined {
  const { hints, defused, scores } = scan;
  scan.intent = decideIntent(features(scan));
  dialogueNameAsked(scan);
  const holder = roleHolderAsked(scan, tools);
  if (holder) return holder;
  // "When did MOFA publish its release on the 2nd dialogue?", "第2回の発表はいつ？": the date of the release
  // (a day given: "was the release on 3 August?")
  const dated = findDates(scan.input).some((d) => d.date.day !== undefined);
  if (asksRelease(scan.input.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " "), scan.japanese, dated)) {
    scan.intent = "when_where";
    hints.released = true;
  }
  byShape(scan, tools);
  byOutcome(scan);
  byAnnouncement(scan);
  ledOrganisationTeam(scan);
  // "What happened on 7 April 2014?": the date of the agreement, when no round was held then
  if (
    ["unknown", "round_overview", "when_where", "rounds", "topics"].includes(scan.intent) &&
    !hints.yesno &&
    !scan.words.some((w) => /^(?:rounds?|meetings?|sessions?)$/.test(w)) &&
    originDateAsked(scan, tools)
  )
    scan.intent = "origin";
  // "the meeting starts now": a remark about the present, not how the dialogue began
  if (scan.intent === "origin" && isCurrent(scan) && scan.form.kind === "statement") scan.intent = "unknown";
  if (
    scan.intent === "unknown" ||
    (defused.code && !(scores.anchored && scores.total >= 4)) ||
    (defused.injection && !scan.anchor)
  )
    return stop(scan.locale, hints, defused.code ? "code" : defused.injection ? "injection" : "offtopic");
  compareBySize(scan);
  return undefined;
}

/** What the question's shape says is asked: the rounds of a year or place, the people of the beginning, topics. */
function byShape(scan: Scan, tools: Tools): void {
  // "Which round took place in 2017?", "which round was held in Australia?": the round is what is asked, found
  // by when or where it was held — the rounds of that year or place
  if (
    scan.intent === "when_where" &&
    !scan.hints.yesno &&
    (scan.cityHits.length > 0 || scan.roundMentions.some((m) => m.mention.kind === "date")) &&
    /^(?:so |and |ok )?(?:which|what) (?:round|meeting|dialogue|session)s? (?:was|were|took|happened|met)\b/.test(
      scan.text,
    )
  )
    scan.intent = "rounds";
  // "Who was Australia's PM when the dialogue was agreed?", "Abe's counterpart at the summit that created it":
  // the people of the dialogue's beginning
  if (
    (scan.intent === "person" || scan.intent === "unknown") &&
    !scan.hints.yesno &&
    scan.roundMentions.length === 0 &&
    /\bwho\b|誰/.test(`${scan.text} ${scan.japanese}`) &&
    /\b(?:agreed|agreement|summit|created|established|set up|founded|launched)\b|合意|首脳会談|設立|発足/.test(
      `${scan.text} ${scan.japanese}`,
    )
  )
    scan.intent = "origin";
  // "which of them were in Tokyo?", "which ones were in Canberra?": which rounds were held there
  if (
    (scan.intent === "unknown" || scan.intent === "when_where") &&
    scan.cityHits.length > 0 &&
    /\bwhich (?:of (?:them|those|these)|ones?)\b/.test(scan.text)
  )
    scan.intent = "rounds";
  // "in which forum did they agree to work on confidence-building measures at the first round?": what was agreed
  // at a round is among its topics, not how the dialogue began
  if (
    scan.intent === "origin" &&
    scan.roundMentions.some((m) => m.mention.strength === "strong" && m.mention.kind !== "date") &&
    namesRecordedTopic(scan, tools)
  )
    scan.intent = "topics";
}

/** "Who led the NISC team at round 3?": who came from that organisation (membership), not the co-chairs. */
function ledOrganisationTeam(scan: Scan): void {
  if (
    scan.intent === "cochairs" &&
    !scan.hints.yesno &&
    scan.mentions.some((m) => m.ref.kind === "organisation") &&
    /\bwho\b/.test(scan.text) &&
    ORG_TEAM.test(scan.text) &&
    !/\bco-?chair/.test(scan.text)
  )
    scan.intent = "membership";
}

/** "Which round issued a joint statement?", 「共同ステートメントが出されたのはどの回？」: the round found by its
 * outcome, answered with that outcome (which names the round). */
function byOutcome(scan: Scan): void {
  if (!scan.description?.byOutcome || scan.hints.yesno) return;
  if (scan.intent !== "round_overview" && scan.intent !== "unknown") return;
  if (
    /\b(?:which|what) (?:rounds?|meetings?|dialogues?|sessions?)\b/.test(scan.text) ||
    /どの回|何回目/.test(scan.japanese)
  )
    scan.intent = "outcomes";
}

/** A round compared with its announcement ("as announced"), or what a round said of the next ("say where…"). */
function byAnnouncement(scan: Scan): void {
  // "did round 3 go ahead as announced?", "was that plan followed?": where and when it was held, compared with
  // its announcement — not what it announced
  if (
    scan.hints.yesno &&
    (scan.intent === "next_round" || scan.intent === "unknown") &&
    comparesWithAnnouncement(`${scan.text} ${scan.japanese}`)
  ) {
    scan.intent = "when_where";
    scan.hints.asAnnounced = true;
  }
  // "Did the 2nd round say where the 3rd would be?": what the round announced (a yes/no whose "where" is the
  // question said, not asked)
  // "Where did round 2 say the 3rd would be held?": what the round said of the next
  const WOULD = "(?:would|will|was going to|were going to|should)";
  if (
    scan.intent === "when_where" &&
    mentionsAnnouncing(scan.text) &&
    (new RegExp(`\\b(?:where|when) (?:the )?(?:\\w+ )?(?:(?:round|meeting|one|session) )?${WOULD}\\b`).test(
      scan.text,
    ) ||
      new RegExp(`^(?:so |and )?(?:where|when) (?:did|does|had) .+ ${WOULD}\\b`).test(scan.text))
  ) {
    scan.intent = "next_round";
    if (/^(?:did|does|do|has|have|had)\b/.test(scan.text)) scan.hints.yesno = true;
  }
}

/** The question names a term, or a word of some round's recorded topics ("confidence-building measures"). */
function namesRecordedTopic(scan: Scan, tools: Tools): boolean {
  if (scan.mentions.some((m) => m.ref.kind === "term")) return true;
  if (scan.topicWords.length === 0) return false;
  return tools.kb.rounds.some(
    (r) =>
      isKnown(r.topics) &&
      r.topics.value.some((t) =>
        scan.topicWords.some((w) => w.length >= 4 && (t.en ?? "").toLowerCase().includes(w)),
      ),
  );
}

/** "Which round had the most agencies?", "参加機関が一番多かった回は？": rounds compared by their lists. */
function compareBySize(scan: Scan): void {
  const { hints } = scan;
  const extreme = askedExtreme(`${scan.text} ${scan.input.toLowerCase()}`, scan.japanese);
  if (
    extreme &&
    !scan.mentions.some((m) => m.ref.kind !== "term") &&
    !scan.roundMentions.some((m) => m.mention.strength === "strong" && m.mention.kind === "number") &&
    ["agencies", "when_where", "rounds", "round_overview", "membership", "unknown"].includes(scan.intent) &&
    !hints.yesno
  ) {
    scan.intent = "agencies";
    hints.extreme = extreme;
    scan.roundMentions.length = 0;
    delete hints.weakRound;
    delete hints.relative;
  }
}
