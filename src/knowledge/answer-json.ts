/** The one JSON shape of an answer, shared by `ask --json` and the evaluation (so both judge the same thing). */
import type { Answer, Answerer, Locale } from "./answer-types.ts";

export interface AnswerJson {
  question: string;
  intent: Answer["intent"];
  round: number | null;
  /** the full text a user would see (renderText) */
  answer: string;
  sources: { id: string; title: string; url: string }[];
  locale: Locale;
  confidence: Answer["confidence"];
  suggestions: string[];
}

export function answerJson(answerer: Answerer, question: string, locale?: Locale): AnswerJson {
  return toAnswerJson(answerer, question, answerer.ask(question, locale ? { locale } : {}));
}

/** An answer already given, in the JSON shape (for callers that ask with more options: a conversation). */
export function toAnswerJson(answerer: Answerer, question: string, answer: Answer): AnswerJson {
  return {
    question,
    intent: answer.intent,
    round: answer.round,
    answer: answerer.renderText(answer),
    sources: answer.sources.map((s) => ({ id: s.id, title: s.title, url: s.url })),
    locale: answer.locale,
    confidence: answer.confidence,
    suggestions: answer.suggestions.map((s) => s.label),
  };
}
