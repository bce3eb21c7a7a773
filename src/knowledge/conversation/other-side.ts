/**
 * "And the other side?", 「相手側は？」: the side other than the one the previous turn was about (its side, or
 * that of the person it named) — the question asked again with that side's name ("the Australian co-chair"
 * after a question about a Japanese co-chair).
 */
import type { Side, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";

const OTHER_EN = /\bthe other (?:side|country|delegation|one|co-?chair)\b|\bother side\b|\bopposite side\b/i;
const OTHER_JA = /相手側|相手方|反対側|もう一方|もう片方|向こう側/;

const NAMES: Record<Side, { en: string; ja: string }> = {
  JP: { en: "Japanese", ja: "日本側" },
  AU: { en: "Australian", ja: "豪州側" },
};

/** The question with "the other side" named, or unchanged. */
export function resolveOtherSide(
  kb: KnowledgeBase,
  question: string,
  context: TurnContext | undefined,
): string {
  if (!context || (!OTHER_EN.test(question) && !OTHER_JA.test(question))) return question;
  const { query } = context;
  const side = query.side ?? (query.person ? kb.people.get(query.person)?.country : undefined);
  if (!side) return question;
  const other = NAMES[side === "JP" ? "AU" : "JP"];
  // after a person ("what was his title?"), the other side's person in the same role: its co-chair
  const noun = query.intent === "person" || query.intent === "cochairs" ? "co-chair" : "side";
  return question
    .replace(OTHER_EN, `the ${other.en} ${noun}`)
    .replace(OTHER_JA, noun === "co-chair" ? `${other.ja}の共同議長` : other.ja);
}
