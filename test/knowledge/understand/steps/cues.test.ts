import { describe, expect, it } from "vitest";
import { readCues } from "../../../../src/knowledge/understand/steps/cues.ts";
import { scanUpTo } from "./helpers.ts";

describe("step: cue words", () => {
  it("replaces names by 'ent' and scores the words around them", () => {
    const { scan } = scanUpTo("Who co-chaired for DFAT at round 2?", readCues);
    expect(scan.cueText).toContain("ent");
    expect(scan.cueText).not.toContain("dfat");
    expect(scan.scores.byIntent.cochairs).toBeGreaterThan(0);
  });
  it("a narrower intent's cues count for the broader one too", () => {
    const { scan } = scanUpTo("What was the outcome of round 3?", readCues);
    expect(scan.scores.byIntent.outcomes).toBeGreaterThan(0);
    expect(scan.scores.byIntent.topics).toBeGreaterThanOrEqual(scan.scores.byIntent.outcomes);
  });
  it("scores nothing for words that cue nothing", () => {
    const { scan } = scanUpTo("feed the cats please", readCues);
    expect(scan.scores.total).toBe(0);
    expect(scan.scores.anchored).toBe(false);
  });
  it("a phrase overlapping a longer phrase of another family does not count", () => {
    const { scan } = scanUpTo("who came up with the dialogue", readCues);
    expect(scan.scores.byIntent.origin).toBeGreaterThan(0);
    expect(scan.scores.byIntent.agencies).toBe(0);
    // alone, the shorter phrases still count
    expect(scanUpTo("who came to round 2?", readCues).scan.scores.byIntent.agencies).toBeGreaterThan(0);
  });
  it("a verb describing which round is meant is no cue; the same verb asked is", () => {
    const described = scanUpTo("Tell me about the round held in December 2017.", readCues).scan;
    expect(described.cueText).not.toContain("held");
    expect(scanUpTo("the meeting that was held in Canberra", readCues).scan.cueText).not.toContain("held");
    expect(scanUpTo("Was the round held in Canberra?", readCues).scan.cueText).toContain("held");
    expect(scanUpTo("Which round was held in 2017?", readCues).scan.cueText).toContain("held");
  });
  it("a delegation's line-up is who took part", () => {
    expect(
      scanUpTo("What was the Japanese line-up at round 2?", readCues).scan.scores.byIntent.agencies,
    ).toBeGreaterThan(0);
  });
});
