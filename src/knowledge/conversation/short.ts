/**
 * Short answers: the first line (the title) answers the question in at most 200 characters and the text
 * gives the details; asked for briefly ("briefly", "in one line", 「簡潔に」, or the `short` option), the
 * answer is that first line and one source.
 */

import { ordinal, personName } from "../answer/format.ts";
import type { Answer } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, roundByNumber } from "../queries.ts";
import { clip, LEAD_MAX, leadOf } from "./lead.ts";

const BRIEF_EN =
  /\b(?:briefly|in brief|in short|short answer|quick answer|quickly|in (?:one|a|1) (?:line|sentence)|one[- ]liner|tl;?dr|keep it short|in (?:two|three|2|3) lines|(?:just )?the short version)\b/gi;
const BRIEF_JA = /簡潔に|手短に|一言で|ひとことで|一行で|1行で|短く|かいつまんで|要点だけ|ざっくり/g;

/** The question without the words that ask for brevity, and whether it asked for it. */
export function briefRequest(question: string): { text: string; short: boolean } {
  const text = question.replace(BRIEF_EN, " ").replace(BRIEF_JA, "");
  if (text === question) return { text: question, short: false };
  return {
    text: text
      .replace(/^[\s,、:：-]+|[\s,、]+(?=[?？]?\s*$)/g, "")
      .replace(/\s{2,}/g, " ")
      .trim(),
    short: true,
  };
}

const VERDICT = /^(?:Yes|No|Not recorded)(?:, [^—]{1,20})? — |^(?:はい|いいえ|記録されていません)。/;

/** "The 2nd round's co-chairs: Koichi Mizushima (Japan) and Rob McKinnon (Australia)." */
function cochairLead(kb: KnowledgeBase, answer: Answer): string | undefined {
  const round = roundByNumber(kb, answer.round ?? undefined);
  const side = answer.context?.query.side;
  if (!round || answer.intent !== "cochairs") return undefined;
  const chairs = cochairsOf(kb, round).filter((c) => !side || c.side === side);
  if (chairs.length === 0) return undefined;
  const ja = answer.locale === "ja";
  const names = chairs.map((c) =>
    ja
      ? `${personName(c.person, "ja")}（${c.side === "JP" ? "日本" : "豪州"}）`
      : `${personName(c.person, "en")} (${c.side === "JP" ? "Japan" : "Australia"})`,
  );
  return ja
    ? `第${round.number}回の共同議長：${names.join("、")}。`
    : `The ${ordinal(round.number)} round's co-chair${names.length > 1 ? "s" : ""}: ${names.join(" and ")}.`;
}

/** The answer with its first line answering it (≤ 200 characters), details after; or only that, when short. */
export function shapeAnswer(kb: KnowledgeBase, answer: Answer, short: boolean): Answer {
  const { lead: first } = leadOf(answer);
  const yesno = VERDICT.test(answer.text);
  const special = first.endsWith("…") && !yesno ? cochairLead(kb, answer) : undefined;
  const lead = clip(special ?? first, LEAD_MAX);
  if (short)
    return {
      ...answer,
      title: lead,
      text: "",
      sections: [],
      sources: answer.sources.slice(0, 1),
      suggestions: [],
    };
  // the text stays the whole answer (a yes/no answer's still starts with its verdict): the details
  return { ...answer, title: lead };
}
