/**
 * Step 3b, the question's form: a wh-question, a yes/no question, a tag question ("…, right?",
 * 「〜ですよね」), a choice ("A or B?"); and whether it asks for a list, a count or a comparison, or
 * asks several things at once.
 */
import type { Scan } from "./scan.ts";

export interface Form {
  kind: "wh" | "yesno" | "tag" | "choice" | "statement";
  /** answered with Yes / No / Not recorded (a yes/no or tag question, or a claim about a name) */
  yesno: boolean;
  /** a claim followed by a request to confirm it ("…, right?", "…ですよね", "is it true that…") */
  tag: boolean;
  /** "was it A or B?" */
  choice: boolean;
  /** the question words, English or Japanese ("who", "when", "いつ") */
  wh: string[];
  /** asks for a list ("which rounds", "list", "一覧") */
  list: boolean;
  /** asks for a count ("how many", "何回") */
  count: boolean;
  /** compares ("the most", "same as", "more than", "一番多い") */
  comparison: boolean;
  /** several questions or claims in one ("r1 canberra, r2 tokyo, right?", "when? and where?") */
  several: boolean;
}

export const WH_WORDS = new Set(
  "who whom whose what which when where why how whats whos wheres whens hows".split(" "),
);
const YESNO_START = new Set("was were did is are does do has have had can could will would".split(" "));
const LEADING_FILLER = new Set(
  "hey hi hello so and but ok okay please quick question bot also then um well ent".split(" "),
);
/** Question words (not the quantifiers made of them: どちらも "both", いつも "always", 誰も, 何も, どれも, 何回も) */
const JA_WH =
  /(?:誰|だれ|どなた|いつ|どこ|何|なに|なん|どの|どんな|どう|いくつ|どれ|なぜ|どちら|どっち)(?!も|か)/g;
const TAG_QUESTION =
  /(?:,|\b)\s*(?:right|correct|true|yes or no|isn'?t (?:it|that so)|wasn'?t (?:it|he|she)|didn'?t (?:he|she|they|it)|did (?:he|she|they|it)|was (?:it|he|she)|no|yes|yeah|yep|ok|okay|eh)\s*\?+\s*$/i;
const WH_TAIL =
  /\b(?:where|when|who|what|which|how|why|whose)\s+(?:was|were|did|is|are)\s+(?:it|he|she|they)\s*\?*\s*$|^\s*(?:(?:so|and|ok|then)\s+)?(?:where|when|who|what|which|how|whose)(?:\s+[\w-]+){1,3}\s+(?:was|were|did|is|are)\s+(?:it|he|she|they)\s*\?*\s*$/i;
/**
 * "Do you know who co-chaired?", "could you tell me, if it's no trouble, who…" embed a wh-question: it is
 * not yes/no (an aside of a few words may come between the request and the question word).
 */
const EMBEDDED_WH =
  /\b(?:know|tell|say|remember|remind|wonder|explain|show)(?: me| us)?(?: \S+){0,8}? (?:who|when|where|which|what|how)\b/;
const JA_WH_ANY = new RegExp(JA_WH.source);
/** a Japanese yes/no ending: a polite question, or any plain past ("出た？", "読んだ？") or "ある？" asked */
const JA_YESNO_END =
  /(?:か|かな|かしら|のか|の|んですか|ですか|ますか|ましたか|でしたか|ね|よね)[?？。]*$|(?:た|だ|ある|いる|合ってる|あってる|正しい|本当)[?？]+$/;
/** 「〜ですよね」「〜で合ってる？」「〜で正しい？」: a claim put to be confirmed */
const JA_TAG_END =
  /(?:よね|ですね|でしょう|だよね|だったよね|ね|(?:で|が)?(?:合って|あって)(?:る|います|いる|ますか)?|(?:で)?正しい(?:ですか)?|本当)[?？。]*$/;
/** A finite verb of a statement ("took place", "was held", "announced"). */
const STATED_VERB =
  /\b(?:\w{3,}ed|took|held|met|was|were|is|are|came|went|had|has|said|began|made|gave|led|saw|happened|sent|spoke|set|fell|falls|ran|won|brought|grew|rose|chose)\b/;
const ROUND_NAMED = /^(?:round|meeting|dialogue|session|talks)$/;
/** A request, not a statement: "tell me who…", "list the rounds". */
const IMPERATIVE =
  /^(?:tell|list|show|give|explain|describe|compare|summari[sz]e|name|find|please|remind|help|check|confirm|let)$/;
const CLAIM_VERB = /\b(?:cochaired|chaired|attended|participated|led|headed)\b/;

/** A finite verb with what it is said of before it: a round named, a person or organisation, the dialogue. */
function statedOfSubject(scan: Scan): boolean {
  // any finite verb with its subject before it ("The summit that agreed the dialogue took place in Canberra.")
  return scan.words.some(
    (w, i) =>
      (!scan.consumed[i] || scan.description?.drop.has(i) === true) &&
      // (as typed: the matching form may be the base form, "resulted" → "result")
      (STATED_VERB.test(w) || STATED_VERB.test(scan.tokens[i]?.raw.toLowerCase() ?? "")) &&
      statedAt(scan, i),
  );
}

/** The verb at `at` has what is stated of before it: a round, a name, the dialogue, or a passive subject. */
function statedAt(scan: Scan, at: number): boolean {
  if (at <= 0) return false;
  const before = scan.words.slice(0, at);
  // "Eleven Japanese organisations took part in round 3.": what is stated of a round named after the verb
  const roundAfter = scan.roundMentions.some(
    (m) =>
      m.at > at && m.mention.strength === "strong" && m.mention.kind !== "date" && m.mention.kind !== "month",
  );
  const statedFirst = !/^(?:i|we|you|please|can|could|would|will|do|does|did)$/.test(before[0] ?? "");
  return (
    (roundAfter && statedFirst) ||
    scan.roundMentions.some(
      (m) =>
        m.at < at &&
        m.mention.strength === "strong" &&
        // (a year names a round when a round noun follows it: "The 2016 round was held on a Friday.")
        ((m.mention.kind !== "date" && m.mention.kind !== "month") ||
          ROUND_NAMED.test(scan.words[m.at + 1] ?? "")),
    ) ||
    scan.mentions.some((m) => m.start >= 0 && m.start < at) ||
    before.some((w) => /^(?:dialogue|dialog|it|they)$/.test(w)) ||
    // "joint exercises were discussed in 2016": something said to have been done, in the passive
    (statedFirst && /^(?:was|were)$/.test(scan.words[at] ?? "") && /\w{3,}ed$/.test(scan.words[at + 1] ?? ""))
  );
}

/** Japanese yes/no: a question ending without a question word, or a statement about a name, asked. */
function japaneseYesNo(scan: Scan, ending: string, enWh: boolean): boolean {
  if (scan.compact.length === 0 || JA_WH_ANY.test(scan.japanese) || enWh) return false;
  if (JA_YESNO_END.test(ending)) return true;
  // 「第1回協議は金曜日に開催された。」: a statement of a round or a name in the past, put to be checked
  // (「日豪サイバー政策協議は…合意したものです。」: the dialogue itself is a subject)
  const subject =
    scan.mentions.some((m) => m.ref.kind !== "term") ||
    scan.roundMentions.some((m) => m.mention.strength === "strong") ||
    /協議は/.test(scan.input);
  if (
    subject &&
    /(?:た|だった|でした|ました)(?:もの|の|こと)?(?:です|だ)?[。．.]?$/.test(ending) &&
    !/ください|たい/.test(ending)
  )
    return true;
  // "Rob McKinnonは第3回の共同議長？": a statement about a name, asked
  return (
    scan.mentions.some((m) => m.ref.kind !== "term") &&
    /[\u3040-\u30FF\u3400-\u9FFF][?？]$/.test(ending) &&
    !/(?:は|って|とは)[?？]+$/.test(ending)
  );
}

export function readForm(scan: Scan): void {
  const { cueText, text, input } = scan;
  const firstWord = cueText.find((w) => !LEADING_FILLER.has(w)) ?? "";
  const enWh = cueText.filter((w) => WH_WORDS.has(w));
  const jaWh = scan.japanese.match(JA_WH) ?? [];
  const hasWh = enWh.length > 0 || jaWh.length > 0;
  const ending = input.replace(/\s+/g, "");
  // "was every round held in A or B?", "was either round 1 or 2 in Tokyo?": one question of each, not a choice
  const choice =
    /\bor\b/.test(text) &&
    !/\bor not\b|\byes or no\b/.test(text) &&
    !/\b(?:every|all|each|any|either)\b/.test(text);
  const next = cueText[cueText.indexOf(firstWord) + 1] ?? "";
  const startsYesNo =
    YESNO_START.has(firstWord) && (!hasWh || (!EMBEDDED_WH.test(text) && !WH_WORDS.has(next)));
  const tag =
    (TAG_QUESTION.test(input) && !WH_TAIL.test(input)) ||
    /^(?:is it true|i(?:'m| am) sure|i think|confirm)\b/.test(text) ||
    (scan.compact.length > 0 && jaWh.length === 0 && JA_TAG_END.test(ending));
  const claim =
    (!hasWh && scan.mentions.some((m) => m.ref.kind !== "term") && CLAIM_VERB.test(text)) ||
    // "Round 2 took place in Canberra?", "The 5th round was held in Tokyo.": a statement about a round, a
    // person or the dialogue, put to be checked (not a request: "tell me…", "list…")
    (!hasWh &&
      scan.compact.length === 0 &&
      !IMPERATIVE.test(firstWord) &&
      (/[?？]\s*$/.test(input) || !/[?？!]/.test(input)) &&
      statedOfSubject(scan));
  // "MOFA's page is dated 8 August 2016 — is that when the meeting was?" (or ". Is that…"): a statement, then a
  // yes/no about it
  const askedAfter =
    /[—–;:.]\s*(?:so |and |but )?(?:is|was|are|were|did|does|do|has|have|had) (?:that|this|it|they)\b[^—–;:.]*[?？]\s*$/i.test(
      input,
    );
  const yesno =
    (startsYesNo ||
      askedAfter ||
      japaneseYesNo(scan, ending, enWh.length > 0) ||
      /^(?:is it true|i(?:'m| am) sure|i think|confirm)\b/.test(text) ||
      (TAG_QUESTION.test(input) && !WH_TAIL.test(input)) ||
      claim) &&
    !choice;
  scan.hints.yesno = yesno;
  scan.form = {
    kind: choice ? "choice" : yesno ? (tag ? "tag" : "yesno") : hasWh ? "wh" : "statement",
    yesno,
    tag: yesno && tag,
    choice,
    wh: [...enWh, ...jaWh],
    list:
      /\b(?:list|which rounds|all (?:the )?rounds|every round|each round)\b/.test(text) ||
      /一覧|歴代|各回/.test(scan.japanese),
    count: /\bhow many\b|\bnumber of\b/.test(text) || /何回|いくつ|何人|何機関|回数/.test(scan.japanese),
    comparison:
      /\b(?:most|fewest|least|more|fewer|same|different|compared?|versus|vs|than|both)\b/.test(text) ||
      /一番|最も|同じ|違い|比べ|より多|より少/.test(scan.japanese),
    several: severalAsked(scan),
  };
}

/** Several questions ("…? …?") or several claims separated by commas, each naming a round or a place. */
function severalAsked(scan: Scan): boolean {
  const questions = scan.input.split(/[?？]/).filter((part) => /[\p{L}\p{N}]/u.test(part));
  if (questions.length > 1) return true;
  const parts = scan.input.split(/[,;、]|\band\b/).filter((p) => /\p{L}/u.test(p));
  const rounds = scan.roundMentions.filter((m) => m.mention.strength === "strong").length;
  return parts.length > 1 && rounds > 1;
}
