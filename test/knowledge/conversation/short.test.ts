import { describe, expect, it } from "vitest";
import { briefRequest } from "../../../src/knowledge/conversation/short.ts";
import { MAX_SOURCES, renderText } from "../../../src/knowledge/render-text.ts";
import { answerer } from "../fixture.ts";

const QUESTIONS = [
  "Who co-chaired the 2nd round?",
  "Which agencies took part in the 2nd round?",
  "what were the topics at round 3?",
  "tell me about round 1",
  "When is the next one?",
  "how often do they meet?",
  "who were the co-chairs and what were the topics at round 3?",
  "第2回の参加機関は？",
  "第1回と第2回の違いは？",
  "summarise the dialogue for me",
];

describe("short answers", () => {
  it.each(QUESTIONS)("the first line of %s answers in at most 200 characters", (q) => {
    const answer = answerer.ask(q);
    expect(answer.title.length).toBeLessThanOrEqual(200);
    expect(answer.title).not.toMatch(/[:：]$/);
    const lines = renderText(answer).split("\n");
    expect(lines[0]).toBe(answer.title);
  });

  it("at most 3 sources are listed, then how many more", () => {
    const answer = answerer.ask("how often do they meet?");
    const text = renderText(answer);
    const listed = text.split("\n").filter((l) => /^- .*https?:\/\//.test(l));
    expect(listed.length).toBeLessThanOrEqual(MAX_SOURCES);
    if (answer.sources.length > MAX_SOURCES)
      expect(text).toContain(`and ${answer.sources.length - MAX_SOURCES} more`);
  });

  it.each([
    ["briefly, who co-chaired round 2?", true],
    ["who co-chaired round 2 in one line", true],
    ["第2回の共同議長を簡潔に", true],
    ["who co-chaired round 2?", false],
  ])("%s asks briefly: %s", (q, brief) => {
    expect(briefRequest(q as string).short).toBe(brief);
  });

  it("briefly (or the short option) gives the first line and one source", () => {
    for (const answer of [
      answerer.ask("briefly, who co-chaired round 2?"),
      answerer.ask("who co-chaired round 2?", { short: true }),
    ]) {
      expect(answer.text).toBe("");
      expect(answer.sections).toEqual([]);
      expect(answer.sources.length).toBeLessThanOrEqual(1);
      expect(answer.title).toMatch(/Mizushima/);
      expect(answer.title).toMatch(/McKinnon/);
    }
  });
});
