/**
 * Which answers are gaps: the knowledge base did not hold the answer ("not recorded") or the question was
 * refused (off-topic, another dialogue). Only the question text, intent, topic, locale and time are kept,
 * with Discord mentions and ids taken out of the text.
 */
import type { Answer, Intent, Locale } from "../knowledge/answer-types.ts";

export interface GapRecord {
  time: string;
  question: string;
  intent: Intent;
  topic: string;
  verdict: "not_recorded" | "refused";
  locale: Locale;
}

const NOT_RECORDED =
  /\bnot recorded\b|\bnot in the knowledge base\b|記録されていません|記録がありません|記録はありません/i;
const REFUSED =
  /\bcannot answer\b|\bno answer to that\b|\bdo not follow instructions\b|お答えできません|お答えできない|実行しません/i;
const STOP = new Set(
  "a an and are at did do does for from how in is it of on or the to was were what when where which who whom why with you your about any there this that".split(
    " ",
  ),
);

/** The question without Discord mentions, channel/role references or long ids, and bounded in length. */
export function scrub(question: string): string {
  return question
    .replace(/<(?:@[!&]?|#)\d+>/g, "")
    .replace(/@(?:everyone|here)\b/g, "")
    .replace(/\b\d{15,}\b/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
}

/** What the question was about: the entity or round the answer names, else its content words. */
export function topicOf(answer: Answer, question: string): string {
  const query = answer.context?.query;
  if (query?.person) return `person ${query.person}`;
  if (query?.organisation) return `organisation ${query.organisation}`;
  if (query?.term) return `term ${query.term}`;
  if (answer.round !== null) return `round ${answer.round}`;
  const words = question
    .toLowerCase()
    .normalize("NFKC")
    .match(/[\p{L}\p{N}]+/gu)
    ?.filter((w) => !STOP.has(w) && (w.length > 2 || /[^\p{ASCII}]/u.test(w)));
  return words?.slice(0, 4).join(" ") || "(none)";
}

/** The gap an answer shows, if it is one; help and empty questions are not gaps. */
export function gapOf(answer: Answer, now: Date = new Date()): GapRecord | undefined {
  const question = scrub(answer.question);
  if (!question) return undefined;
  const text = `${answer.title}\n${answer.text}`;
  const verdict =
    answer.intent === "unknown" && REFUSED.test(text)
      ? ("refused" as const)
      : answer.intent !== "unknown" && NOT_RECORDED.test(text)
        ? ("not_recorded" as const)
        : undefined;
  if (!verdict) return undefined;
  return {
    time: now.toISOString(),
    question,
    intent: answer.intent,
    topic: topicOf(answer, question),
    verdict,
    locale: answer.locale,
  };
}
