/** The one JSON shape of an answer, shared by `ask --json` and the evaluation (so both judge the same thing). */
import type { Answer, Answerer, AskOptions, Locale, TurnContext } from "./answer-types.ts";

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
  /** what a follow-up question needs (hand it back as `context` to ask in this conversation) */
  context?: TurnContext;
}

export function answerJson(
  answerer: Answerer,
  question: string,
  locale?: Locale,
  options: Omit<AskOptions, "locale"> = {},
): AnswerJson {
  const answer = answerer.ask(question, locale ? { ...options, locale } : options);
  return {
    question,
    intent: answer.intent,
    round: answer.round,
    answer: answerer.renderText(answer),
    sources: answer.sources.map((s) => ({ id: s.id, title: s.title, url: s.url })),
    locale: answer.locale,
    confidence: answer.confidence,
    suggestions: answer.suggestions.map((s) => s.label),
    ...(answer.context ? { context: answer.context } : {}),
  };
}
