/**
 * "Which rounds did he co-chair?", 「彼は誰？」 after a question whose answer named one person (a co-chair of
 * one side, or a person asked about): the pronoun is read as that person's name. "Which rounds did it
 * attend?" after a question about an organisation: "it" (or "they", 「同省」) is that organisation when the
 * question asks about taking part (else "it" is as likely the round: "when was it held?").
 */

import type { TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, roundByNumber } from "../queries.ts";
import { hasJapanese } from "../understand/normalise.ts";
import { COUNTERPART } from "../understand/steps/counterpart.ts";
import { relativeRound, withRoundNamed } from "./relative-round.ts";

const PRONOUN_EN =
  /\b(?:he|him|his|she|her|hers|this person|that person|the same (?:person|man|woman|official|individual))\b/gi;
const PRONOUN_JA = /彼女|彼|その人|この人|同氏|その方|この方|同じ人物?/g;

const ORG_PRONOUN_EN =
  /\b(?:it|they|them|that (?:agency|organi[sz]ation|body|ministry|department|office)|this (?:agency|organi[sz]ation|body))\b/i;
const ORG_PRONOUN_JA = /同省|同庁|同機関|その機関|この機関|その組織|そこ/;
const TAKES_PART =
  /\b(?:attend\w*|participat\w*|take part|took part|taking part|join\w*|present|represent\w*|send|sent|show(?:ed)? up|came|come|go|goes|went|gone|be there|been there|appear\w*|turn(?:ed)? up)\b|参加|出席|出て|行っ|来た|登場/i;

/** "what's its full name?", "what does it stand for?": the organisation's name asked. */
const NAMING =
  /\b(?:full name|stand for|stands for|short for|abbreviat\w*|acronym|official name|called|mean|(?:japanese|english) name|name in (?:japanese|english))\b|正式名|略称|何の略|日本語名|英語名|日本語で|英語で/i;
const ORG_POSSESSIVE = /\b(?:its|their)\b/i;
/** A few words that name nothing themselves ("full name?", 「日本語名は？」). */
const isFragment = (question: string): boolean =>
  /[\u3040-\u30ff\u4e00-\u9fff]/.test(question)
    ? question.replace(/[？?。\s]/g, "").length <= 10
    : question.trim().split(/\s+/).length <= 4 && !/\b[A-Z]{2,}\b/.test(question);

/** "were they at the one before?", "was it among them?": being at a round. */
const THERE_AT = /\b(?:was|were|is|are) (?:it|they) (?:at|there|among|in|present)\b/i;

/**
 * 「第1回に参加してた？」 after a question about an organisation: Japanese leaves the subject out; a verb of
 * taking part asked with no organisation, person or "who" named is about the one just discussed.
 */
const JA_TAKES_PART_VERB = /(?:参加|出席)(?:し|さ|でき|する)|来(?:た|て|ました|ていた)|出て/;
const JA_NAMES_SOMEONE =
  /[A-Za-z]{2,}|省|庁|センター|機構|局|事務局|本部|警察|機関|参加者|組織|誰|だれ|どこ|どの|何|大使|議長|氏|さん|日本側|豪州側|両国/;
function zeroSubject(question: string): boolean {
  return (
    hasJapanese(question) &&
    JA_TAKES_PART_VERB.test(question) &&
    !JA_NAMES_SOMEONE.test(question) &&
    !PRONOUN_JA.test(question)
  );
}

/**
 * The question with "it" replaced by the organisation the previous turn was about, when it asks about taking
 * part or about the name.
 */
function resolveOrganisation(kb: KnowledgeBase, question: string, context: TurnContext): string | undefined {
  const id = context.query.organisation;
  const org = id ? kb.organisations.get(id) : undefined;
  const asks = TAKES_PART.test(question) || NAMING.test(question) || THERE_AT.test(question);
  // "and Australia, did they take part?": "they" is the country named
  if (
    !org ||
    !asks ||
    /\b(?:australia|japan)\b|\b(?:australian|japanese) side\b|豪州|オーストラリア|日本側/i.test(question)
  )
    return undefined;
  const en = org.acronym ?? org.name.en ?? id ?? "";
  if (ORG_POSSESSIVE.test(question)) return question.replace(ORG_POSSESSIVE, `${en}'s`);
  if (ORG_PRONOUN_EN.test(question)) return question.replace(ORG_PRONOUN_EN, en);
  if (ORG_PRONOUN_JA.test(question)) return question.replace(ORG_PRONOUN_JA, org.name.ja ?? en);
  if (zeroSubject(question)) return `${org.name.ja ?? en}は${question}`;
  // 「日本語名は？」「正式名称は？」, "full name?": a name asked with the organisation left out
  if (NAMING.test(question) && isFragment(question))
    return /[\u3040-\u30ff\u4e00-\u9fff]/.test(question) ? `${en}の${question}` : `${en}'s ${question}`;
  return undefined;
}

/** "the next round", "the one before" in a question about a person: the round relative to the previous turn's. */
function relativeToContext(text: string, context: TurnContext): string {
  const n = context.query.round;
  const relative = relativeRound(text);
  if (n === undefined || !relative || n + relative.offset < 1) return text;
  return withRoundNamed(text, relative, n + relative.offset, context.locale);
}

/** The one person the previous turn was about, if any. */
export function personOfContext(kb: KnowledgeBase, context: TurnContext): string | undefined {
  const { query } = context;
  if (query.person) return kb.people.has(query.person) ? query.person : undefined;
  if (query.intent !== "cochairs" || !query.side) return undefined;
  const round = roundByNumber(kb, query.round);
  const chairs = round ? cochairsOf(kb, round).filter((c) => c.side === query.side) : [];
  return chairs.length === 1 ? chairs[0]?.person.id : undefined;
}

/** The question with its pronoun replaced by the name of the person the previous turn was about. */
export function resolvePronoun(
  kb: KnowledgeBase,
  question: string,
  context: TurnContext | undefined,
): { text: string; person?: string; organisation?: string } {
  if (!context) return { text: question };
  const organisation = resolveOrganisation(kb, question, context);
  if (organisation)
    return { text: relativeToContext(organisation, context), organisation: context.query.organisation };
  const hasEn = PRONOUN_EN.test(question);
  const hasJa = PRONOUN_JA.test(question);
  PRONOUN_EN.lastIndex = 0;
  PRONOUN_JA.lastIndex = 0;
  // "and the Japanese counterpart?" after a co-chair: that person's counterpart
  const counterpartOf =
    !hasEn && !hasJa && COUNTERPART.test(question) ? personOfContext(kb, context) : undefined;
  const named = counterpartOf ? kb.people.get(counterpartOf)?.name.en : undefined;
  if (counterpartOf && named && !question.includes(named))
    return {
      text: question.replace(/\b(?:the|a)\s+(?=(?:\w+\s+)?counterparts?\b)/i, `${named}'s `),
      person: counterpartOf,
    };
  const unsaid = !hasEn && !hasJa && !context.query.organisation && zeroSubject(question);
  if (!hasEn && !hasJa && !unsaid) return { text: question };
  const id = personOfContext(kb, context);
  const person = id ? kb.people.get(id) : undefined;
  if (!id || !person) return { text: question };
  const en = person.name.en ?? person.name.ja ?? id;
  const ja = person.name.ja ?? en;
  // 「第3回にも出席した？」 after a person: the person left unsaid
  if (unsaid) return { text: relativeToContext(`${ja}は${question}`, context), person: id };
  const text = relativeToContext(
    question
      .replace(PRONOUN_EN, (w) => (/^(?:his|hers)$/i.test(w) || /^her$/i.test(w) ? `${en}'s` : en))
      .replace(PRONOUN_JA, ja),
    context,
  );
  return { text, person: id };
}
