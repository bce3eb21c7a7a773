/** Asks each question with the previous answer's context (as a user following up would); returns every answer. */
import type { Answer, AskOptions, TurnContext } from "../../../src/knowledge/answer-types.ts";
import { answerer } from "../fixture.ts";

export function converse(questions: string[], options: AskOptions = {}): Answer[] {
  const out: Answer[] = [];
  let context: TurnContext | undefined;
  for (const q of questions) {
    const answer = answerer.ask(q, { ...options, ...(context ? { context } : {}) });
    out.push(answer);
    context = answer.context;
  }
  return out;
}
