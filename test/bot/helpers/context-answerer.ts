import type { Answerer, AskOptions, TurnContext } from "../../../src/knowledge/answer-types.ts";
import { fakeAnswer, fakeAnswerer } from "./fake-answerer.ts";

/**
 * An engine stand-in for testing how transports carry follow-up context, whatever the real engine reads:
 * a question naming a round ("round 2") is about that round; one that names none ("and the other side?") is
 * about the round of the context it is given, if any. The answer's title says which round it was read as
 * ("Round 2" / "No round") and its text how ("as a follow-up" / "on its own"); every answer about a round
 * carries that round as its context. Every call's options are recorded.
 */
export function contextAnswerer(): Answerer & { calls: { question: string; options: AskOptions }[] } {
  const calls: { question: string; options: AskOptions }[] = [];
  const base = fakeAnswerer();
  return {
    ...base,
    calls,
    ask(question, options = {}) {
      calls.push({ question, options });
      const named = /\bround (\d+)/i.exec(question)?.[1];
      const round = named ? Number(named) : options.context?.query.round;
      const locale = options.locale ?? "en";
      const context: TurnContext | undefined =
        round === undefined ? undefined : { query: { intent: "cochairs", round }, rounds: [round], locale };
      return fakeAnswer({
        question,
        intent: round === undefined ? "unknown" : "cochairs",
        round: round ?? null,
        locale,
        title: round === undefined ? "No round" : `Round ${round}`,
        text: `${named || round === undefined ? "on its own" : "as a follow-up"}${options.short ? " (short)" : ""}`,
        ...(context ? { context } : {}),
      });
    },
  };
}
