import { describe, expect, it } from "vitest";
import { ask } from "./fixture.ts";

describe("renderText", () => {
  it("shows the title, the text, the sections and the sources with their addresses", () => {
    const { text } = ask("Which agencies took part in the 2nd round?");
    const lines = text.split("\n");
    // the first line answers (≤ 200 characters), the details follow
    expect(lines[0]).toBe(
      "Recorded participants of the 2nd round: 14 organisations — 10 Japanese and 4 Australian organisations.",
    );
    expect(lines[0]?.length).toBeLessThanOrEqual(200);
    expect(lines[1]).toMatch(/^Recorded participants of the 2nd round/);
    expect(text).toMatch(/\nJapan \(10\):\n• National Center of Incident Readiness/);
    expect(text).toMatch(
      /\nSources:\n- Japan-Australia Relations \(Ministry of Foreign Affairs of Japan \(MOFA\)\) https:\/\/www\.mofa\.go\.jp\//,
    );
  });
  it("lists suggestions when the question was not understood", () => {
    const { text } = ask("What is the meaning of life?");
    expect(text).toMatch(/You could ask:\n- Which rounds are on record\?/);
  });
  it("in Japanese", () => {
    const { text } = ask("第2回の共同議長は？");
    expect(text).toMatch(/出典 \(Sources\):/);
  });
});
