/** What every answer must be, whatever the input: bounded, well-formed, citing real sources, no live mention. */
import { expect } from "vitest";
import { type Answer, INTENTS } from "../../src/knowledge/answer-types.ts";
import { LIVE_MENTION } from "../robustness/helpers/well-formed.ts";
import { answerer, kb } from "./fixture.ts";

export function expectWellFormed(answer: Answer, question?: string) {
  expect(INTENTS).toContain(answer.intent);
  expect(["en", "ja"]).toContain(answer.locale);
  expect(["high", "low"]).toContain(answer.confidence);
  if (question !== undefined) expect(answer.question).toBe(question);
  expect(answer.title.trim().length).toBeGreaterThan(0);
  expect(answer.title.length).toBeLessThanOrEqual(256);
  expect(answer.text.length).toBeLessThanOrEqual(4000);
  expect(answer.sections.length).toBeLessThanOrEqual(25);
  for (const s of answer.sections) {
    expect(s.heading.length).toBeLessThanOrEqual(256);
    expect(s.body.length).toBeLessThanOrEqual(1024);
  }
  expect(answer.suggestions.length).toBeLessThanOrEqual(25);
  for (const s of answer.suggestions) {
    expect(s.label.length).toBeLessThanOrEqual(80);
    expect(INTENTS).toContain(s.query.intent);
  }
  for (const source of answer.sources) expect(kb.sources.has(source.id)).toBe(true);
  if (answer.round !== null) expect(kb.rounds.some((r) => r.number === answer.round)).toBe(true);
  for (const text of [answer.title, answer.text, ...answer.sections.flatMap((s) => [s.heading, s.body])]) {
    expect(text).not.toMatch(LIVE_MENTION);
  }
  const rendered = answerer.renderText(answer);
  expect(rendered).not.toMatch(LIVE_MENTION);
  expect(rendered.length).toBeLessThan(10_000);
}
