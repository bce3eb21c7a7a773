/**
 * The bench's link to the project's evaluation: the same question reader, the same answer JSON (`ask --json`)
 * and the same judge (src/knowledge/evaluate.ts). Nothing is re-implemented here.
 */
import type { AnswerJson } from "../src/knowledge/answer-json.ts";
import { answerJson } from "../src/knowledge/answer-json.ts";
import type { Answerer } from "../src/knowledge/answer-types.ts";
import { type EvalCase, judge, readCases } from "../src/knowledge/evaluate.ts";
import { type Passage, passageAnswer } from "./baseline.ts";
import type { SyntheticCase } from "./synthetic-kb.ts";

export type { EvalCase };
export { answerJson };

export interface Verdict {
  pass: boolean;
  reasons: string[];
}

export function readEvalCases(file: string): EvalCase[] {
  const { cases, errors } = readCases(file);
  if (errors.length > 0) throw new Error(`malformed evaluation lines:\n${errors.join("\n")}`);
  return cases;
}

/** Synthetic questions in the evaluation's own case shape. */
export const syntheticCases = (cases: SyntheticCase[]): EvalCase[] =>
  cases.map((c, i) => ({ ...c, from: `synthetic:${i + 1}` }));

/** The full check, as `npm run eval` applies it: the regexes on the answer text, and the intent when given. */
export function scoreBot(c: EvalCase, answer: AnswerJson): Verdict {
  const reasons = judge(c, answer);
  return { pass: reasons.length === 0, reasons };
}

/** The same check without the intent (a retrieval baseline has none): the regexes on the answer text only. */
export function scoreContent(c: EvalCase, answer: AnswerJson): Verdict {
  const { intent: _ignored, ...rest } = c;
  const reasons = judge(rest, answer);
  return { pass: reasons.length === 0, reasons };
}

/** A baseline's top passage as the answer JSON the judge reads (no passage: an empty answer). */
export function passageJson(question: string, passage: Passage | undefined): AnswerJson {
  return {
    question,
    intent: "unknown",
    round: null,
    answer: passageAnswer(passage),
    sources: passage ? [{ id: passage.source, title: passage.source, url: "" }] : [],
    locale: "en",
    confidence: "low",
    suggestions: [],
  };
}

export const scoreBaseline = (c: EvalCase, passage: Passage | undefined): Verdict =>
  scoreContent(c, passageJson(c.q, passage));

export const askJson = (answerer: Answerer, question: string) => answerJson(answerer, question);
