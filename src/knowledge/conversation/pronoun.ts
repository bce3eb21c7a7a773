/**
 * "Which rounds did he co-chair?", 「彼は誰？」 after a question whose answer named one person (a co-chair of
 * one side, or a person asked about): the pronoun is read as that person's name.
 */
import type { TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, roundByNumber } from "../queries.ts";

const PRONOUN_EN = /\b(?:he|him|his|she|her|hers|this person|that person)\b/gi;
const PRONOUN_JA = /彼女|彼|その人|この人|同氏|その方|この方/g;

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
): { text: string; person?: string } {
  if (!context) return { text: question };
  const hasEn = PRONOUN_EN.test(question);
  const hasJa = PRONOUN_JA.test(question);
  PRONOUN_EN.lastIndex = 0;
  PRONOUN_JA.lastIndex = 0;
  if (!hasEn && !hasJa) return { text: question };
  const id = personOfContext(kb, context);
  const person = id ? kb.people.get(id) : undefined;
  if (!id || !person) return { text: question };
  const en = person.name.en ?? person.name.ja ?? id;
  const ja = person.name.ja ?? en;
  const text = question
    .replace(PRONOUN_EN, (w) => (/^(?:his|hers)$/i.test(w) || /^her$/i.test(w) ? `${en}'s` : en))
    .replace(PRONOUN_JA, ja);
  return { text, person: id };
}
