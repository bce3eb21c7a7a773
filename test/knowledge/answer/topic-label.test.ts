import { describe, expect, it } from "vitest";
import { answerer, kb } from "../fixture.ts";

describe("a glossary term searched across the rounds' topics", () => {
  const found = kb.glossary
    .map((term) => ({ term, answer: answerer.ask(`which round mentioned the ${term.term}?`) }))
    .filter(({ answer }) => /appears in the recorded topics/.test(answer.text));

  it("is found in some round's topics", () => {
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(found.map(({ term, answer }) => [term.term, answer.text]))(
    "%s is shown by its own name, not by every alias searched for",
    (name, text) => {
      expect(text).toContain(`“${name}” appears in the recorded topics`);
    },
  );
});
