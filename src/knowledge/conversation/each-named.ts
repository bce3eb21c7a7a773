/**
 * A question about several people or terms named together ("Who are Okada and Biggs?", "What are UNGGE and
 * ARF?", 「岡田氏とビッグス氏は誰？」): the same question asked of each, answered in the order named, as one
 * reply. Only for questions that describe what they name (who someone is, what a term means): a yes/no
 * question or a comparison about several names is one question, checked or compared as a whole.
 */
import { compose } from "../answer/compose.ts";
import type { Answer, Intent, Locale, Query } from "../answer-types.ts";
import type { Understanding } from "../understand/hints.ts";
import type { Engine } from "./converse.ts";
import { mergeAnswers } from "./merge-answers.ts";
import { shapeAnswer } from "./short.ts";

/** The intents that describe one named thing, and the query slot each fills with it. */
const DESCRIBES: Partial<Record<Intent, { kind: "person" | "term"; slot: "person" | "term" }>> = {
  person: { kind: "person", slot: "person" },
  glossary: { kind: "term", slot: "term" },
};

/** The distinct entities of one kind the question names, in the order named. */
function namedOfKind(understanding: Understanding, kind: "person" | "term"): string[] {
  const reading = understanding.reading;
  if (!reading) return [];
  const text = reading.text.toLowerCase();
  const found: { id: string; at: number }[] = [];
  for (const m of reading.mentions) {
    if (m.kind !== kind || found.some((f) => f.id === m.id)) continue;
    const at = text.indexOf(m.typed.toLowerCase());
    found.push({ id: m.id, at: at >= 0 ? at : text.length });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/** Each named person or term asked about in turn, or undefined when the question names fewer than two. */
export function answerEachNamed(
  engine: Engine,
  question: string,
  forced: Locale | undefined,
): Answer | undefined {
  const understanding = engine.understander.understand(question, forced);
  const { query, hints, locale, confidence } = understanding;
  const describes = DESCRIBES[query.intent];
  if (!describes || hints.yesno || hints.roleHolders) return undefined;
  const ids = namedOfKind(understanding, describes.kind);
  if (ids.length < 2) return undefined;
  const { kb, index } = engine;
  const answers = ids.map((id) => {
    const one: Query = { ...query, [describes.slot]: id };
    return shapeAnswer(kb, compose({ kb, index, locale, query: one, hints }, question, confidence), false);
  });
  return mergeAnswers(answers, question);
}
