/**
 * The first line of an answer: the answer itself in at most 200 characters (details follow). Taken from
 * the answer's first sentence when that says it; an introduction ("Topics recorded for the 3rd round:")
 * gets the first items of what it introduces; a long sentence is cut at a word.
 */
import type { Answer } from "../answer-types.ts";

export const LEAD_MAX = 200;

/** The first sentence of a text and the rest ("1. …" numbering and "(a Friday)." are not sentence ends). */
export function firstSentence(text: string): [string, string] {
  const trimmed = text.trim();
  const m = /^(.+?(?:。|[.!?](?=\s+[\p{Lu}“"(\d]|\s*$)))\s*/su.exec(trimmed);
  if (!m?.[1] || /^\d{1,2}\.$/.test(m[1])) {
    const line = trimmed.split("\n")[0] ?? "";
    return [line, trimmed.slice(line.length).trim()];
  }
  return [m[1], trimmed.slice(m[0].length)];
}

/** Cut at a word (or anywhere in Japanese) to fit, with "…". */
export function clip(text: string, max = LEAD_MAX): string {
  // (only the part that can show is folded: folding never lengthens a text)
  const head = text.length > 2 * max ? text.slice(0, 2 * max) : text;
  let one = head.replace(/\s+/g, " ").trim();
  if (one.length <= max && head !== text) one = text.replace(/\s+/g, " ").trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Items of a section body ("• a\n• b") as one run of text. */
const items = (body: string) =>
  body
    .split("\n")
    .map((l) => l.replace(/^\s*[•\-*]\s*/, "").trim())
    .filter(Boolean);

export function leadOf(answer: Answer): { lead: string; rest: string } {
  const [first, rest] = firstSentence(answer.text);
  const ja = answer.locale === "ja";
  if (!first) return { lead: clip(answer.title), rest: "" };
  // "Topics recorded for the 3rd round:" introduces its sections: the lead names their first items
  if (/[:：]$/.test(first) && answer.sections[0]) {
    const listed = items(answer.sections[0].body);
    const head = first.replace(/[:：]$/, "");
    return { lead: clip(`${head}${ja ? "：" : ": "}${listed.join(ja ? "、" : "; ")}`), rest };
  }
  return { lead: clip(first), rest: first.length <= LEAD_MAX ? rest : answer.text };
}
