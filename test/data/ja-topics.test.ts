/** Japanese topic wording is the Japanese source's own words: each appears in a quote of that round's topics. */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { loadKnowledgeBaseOrThrow } from "../../src/knowledge/load.ts";
import { DATA_DIR } from "../helpers/data-copy.ts";

const EXCERPTS = fileURLToPath(new URL("../../../shared/research/source-excerpts/", import.meta.url));

it("every Japanese topic is quoted word for word from a Japanese source of its round", () => {
  const kb = loadKnowledgeBaseOrThrow(DATA_DIR);
  let checked = 0;
  for (const round of kb.rounds) {
    if (round.topics.status !== "known") continue;
    const quotes = round.topics.evidence.map((e) => e.quote);
    for (const topic of round.topics.value) {
      if (!topic.ja) continue;
      checked++;
      expect(
        quotes.some((q) => q.includes(topic.ja as string)),
        `${topic.ja} in no quote of round ${round.number}`,
      ).toBe(true);
      for (const e of round.topics.evidence.filter((x) => x.quote.includes(topic.ja as string))) {
        const file = `${EXCERPTS}${e.source}.txt`;
        if (existsSync(file)) expect(readFileSync(file, "utf8")).toContain(e.quote);
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
});
