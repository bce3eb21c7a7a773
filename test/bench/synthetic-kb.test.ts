import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  generateSyntheticKb,
  realCounts,
  SYNTHETIC_TODAY,
  type SyntheticKb,
} from "../../bench/synthetic-kb.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";

describe("synthetic knowledge base (bench)", () => {
  const made: SyntheticKb[] = [];
  afterAll(() => {
    for (const kb of made) kb.cleanup();
  });
  const generate = (scale: number, seed?: number) => {
    const kb = generateSyntheticKb({ scale, ...(seed === undefined ? {} : { seed }) });
    made.push(kb);
    return kb;
  };

  it("writes a 10× base that the real loader accepts, with 10× the rounds, organisations and people", () => {
    const synthetic = generate(10);
    const result = loadKnowledgeBase(synthetic.dir, { today: SYNTHETIC_TODAY });
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file} ${e.path} ${e.message}`).join("\n"));
    const real = realCounts();
    expect(result.kb.rounds).toHaveLength(real.rounds * 10);
    expect(result.kb.organisations.size).toBe(real.organisations * 10);
    expect(result.kb.people.size).toBe(real.people * 10);
    expect(synthetic.counts.rounds).toBe(real.rounds * 10);
    // the generated rounds carry real facts with evidence, and the co-chairs exist
    const last = result.kb.rounds.at(-1);
    expect(last?.cochairs.JP.status).toBe("known");
    if (last?.cochairs.JP.status === "known") {
      expect(result.kb.people.has(last.cochairs.JP.value)).toBe(true);
      expect(last.cochairs.JP.evidence[0]?.quote).toMatch(/co-chaired by/);
    }
    expect(synthetic.questions.length).toBeGreaterThan(20);
    expect(synthetic.questions.every((q) => q.all.every((re) => new RegExp(re)))).toBe(true);
  });

  it("is deterministic for a seed", () => {
    const a = generate(2, 7);
    const b = generate(2, 7);
    const c = generate(2, 8);
    const files = (dir: string) =>
      [
        ...readdirSync(dir).filter((f) => f.endsWith(".json")),
        ...readdirSync(join(dir, "rounds")).map((f) => `rounds/${f}`),
      ].sort();
    const content = (dir: string) => files(dir).map((f) => readFileSync(join(dir, f), "utf8"));
    expect(files(a.dir)).toEqual(files(b.dir));
    expect(content(a.dir)).toEqual(content(b.dir));
    expect(a.questions).toEqual(b.questions);
    expect(content(a.dir)).not.toEqual(content(c.dir));
  });
});
