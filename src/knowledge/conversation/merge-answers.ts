/**
 * Several answers as one reply, in the order asked, within Discord's limits: title ≤ 256, text ≤ 4000
 * (description 4096), at most 24 sections (one field is left for the sources), and title, text and
 * sections together ≤ 5000 characters (the sources field takes the rest of the 6000).
 */
import type { Answer, AnswerSection, SourceRef } from "../answer-types.ts";
import { truncate } from "../understand/normalise.ts";
import { clip, LEAD_MAX } from "./lead.ts";

export const BUDGET = { title: 256, text: 4000, sections: 24, body: 1024, heading: 256, total: 5000 };

const size = (a: Pick<Answer, "title" | "text" | "sections">) =>
  a.title.length + a.text.length + a.sections.reduce((n, s) => n + s.heading.length + s.body.length, 0);

/** Trims the last sections first, then the text, until the answer fits the budget. */
export function fitBudget(answer: Answer): Answer {
  const sections: AnswerSection[] = answer.sections.slice(0, BUDGET.sections).map((s) => ({
    heading: truncate(s.heading, BUDGET.heading),
    body: truncate(s.body, BUDGET.body),
  }));
  const fitted = {
    ...answer,
    title: truncate(answer.title, BUDGET.title),
    text: truncate(answer.text, BUDGET.text),
    sections,
  };
  let over = size(fitted) - BUDGET.total;
  while (over > 0 && sections.length > 0) {
    const last = sections.at(-1) as AnswerSection;
    const keep = last.body.length - over;
    if (keep >= 80) sections[sections.length - 1] = { ...last, body: truncate(last.body, keep) };
    else sections.pop();
    over = size(fitted) - BUDGET.total;
  }
  if (over > 0) fitted.text = truncate(fitted.text, Math.max(0, fitted.text.length - over));
  return fitted;
}

/** Parts already shaped (title = the part's first line, text = the part's answer), merged in order. */
export function mergeAnswers(parts: Answer[], question: string): Answer {
  const first = parts[0] as Answer;
  const ja = first.locale === "ja";
  const numbered = (i: number, text: string) => `${i + 1}. ${text}`;
  const sources: SourceRef[] = [];
  for (const part of parts)
    for (const s of part.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  const titles = parts.map((p) => p.title);
  const merged: Answer = {
    question,
    intent: first.intent,
    round: first.round,
    locale: first.locale,
    title: clip(titles.map((t, i) => numbered(i, t)).join(ja ? "　" : " "), LEAD_MAX),
    text: parts.map((p, i) => numbered(i, p.text || p.title)).join("\n"),
    sections: parts.flatMap((p, i) =>
      p.sections.map((s) => ({ heading: numbered(i, s.heading), body: s.body })),
    ),
    sources,
    confidence: parts.every((p) => p.confidence === "high") ? "high" : "low",
    suggestions: [],
  };
  const context = parts.at(-1)?.context ?? first.context;
  if (context) merged.context = context;
  return fitBudget(merged);
}
