import { describe, expect, it } from "vitest";
import { compareCounts } from "../../../../src/knowledge/understand/steps/compare-counts.ts";
import { scanUpTo } from "./helpers.ts";

const read = (q: string) => scanUpTo(q, compareCounts).scan;

describe("step: two rounds compared by their participants' count", () => {
  it("reads 'more' and 'fewer' of the first round named, in English and Japanese", () => {
    for (const q of [
      "Round 2 had more Japanese agencies than round 3.",
      "Did round 2 or round 3 have more Australian agencies?",
      "Which round had more organisations, round 2 or round 3?",
      "第2回は第3回より参加機関が多かったですか？",
      "第2回と第3回では、どちらの参加機関が多い？",
    ]) {
      const scan = read(q);
      expect(scan.query.intent, q).toBe("agencies");
      expect(scan.hints.comparedCount, q).toBe("more");
      expect([scan.query.round, scan.hints.otherRound], q).toEqual([2, 3]);
      expect(scan.hints.rounds, q).toBeUndefined();
    }
    expect(read("Were there fewer Australian agencies at round 1 than at round 2?").hints.comparedCount).toBe(
      "fewer",
    );
    expect(read("第3回は第2回より参加機関が少なかった？").hints.comparedCount).toBe("fewer");
  });
  it("is no comparison of counts without two rounds, or without participants", () => {
    expect(read("Which round had the most agencies?").hints.comparedCount).toBeUndefined();
    expect(read("Did round 3 have more agencies?").hints.comparedCount).toBeUndefined();
    expect(read("Was round 3 more recent than round 2?").hints.comparedCount).toBeUndefined();
    expect(read("Tell me more about rounds 2 and 3").hints.comparedCount).toBeUndefined();
    expect(read("第2回と第3回の開催地は？").hints.comparedCount).toBeUndefined();
  });
});
