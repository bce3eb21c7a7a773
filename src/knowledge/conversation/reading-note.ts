/**
 * How a follow-up was read, said before its answer: "Round 2, Australian side: …", 「第2回・豪州側：…」.
 * A yes/no answer keeps its verdict first ("Yes — Round 3, MOFA: …").
 */

import { organisationShort, personName, pick } from "../answer/format.ts";
import type { Answer, Locale, Query } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Inherited } from "./follow-up.ts";

function roundsPart(query: Query, rounds: number[] | undefined, locale: Locale): string | undefined {
  const list = rounds && rounds.length > 1 ? rounds : query.round !== undefined ? [query.round] : [];
  if (list.length === 0) return undefined;
  if (locale === "ja") return list.map((n) => `第${n}回`).join("・");
  if (list.length === 1) return `Round ${list[0]}`;
  return `Rounds ${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** The parts of the reading: the round(s), the side, the organisation or person — or nothing inherited. */
export function readingNote(
  kb: KnowledgeBase,
  query: Query,
  rounds: number[] | undefined,
  inherited: Inherited,
  locale: Locale,
): string | undefined {
  if (!inherited.intent && !inherited.round && !inherited.side && !inherited.subject) return undefined;
  const parts: string[] = [];
  const r = roundsPart(query, rounds, locale);
  if (r) parts.push(r);
  if (query.side === "JP") parts.push(pick(locale, "Japanese side", "日本側"));
  if (query.side === "AU") parts.push(pick(locale, "Australian side", "豪州側"));
  const org = query.organisation ? kb.organisations.get(query.organisation) : undefined;
  if (org) parts.push(organisationShort(org, locale));
  const person = query.person ? kb.people.get(query.person) : undefined;
  if (person) parts.push(personName(person, locale));
  if (parts.length === 0) return undefined;
  return locale === "ja" ? `${parts.join("・")}：` : `${parts.join(", ")}: `;
}

const VERDICT = /^(?:(?:Yes|No|Not recorded)(?:, [^—]{1,20})? — |(?:はい|いいえ|記録されていません)。)/;

/** The answer with the reading said first (after a yes/no verdict). */
export function withReading(answer: Answer, note: string | undefined): Answer {
  if (!note) return answer;
  const verdict = VERDICT.exec(answer.text)?.[0] ?? "";
  const rest = answer.text.slice(verdict.length);
  // the answer already opens with what the note would say ("Tobias Feakin, Australia: …")
  const said = note.replace(/[:：]\s*$/, "");
  if (rest.startsWith(said) && /^[,:：、]/.test(rest.slice(said.length))) return answer;
  return { ...answer, text: `${verdict}${note}${rest}` };
}
