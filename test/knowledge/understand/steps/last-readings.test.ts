import { describe, expect, it } from "vitest";
import { heldSince, titleAtRound } from "../../../../src/knowledge/understand/steps/last-readings.ts";
import { scanUpTo } from "./helpers.ts";

describe("step: a recorded title at a round", () => {
  it("names the co-chair who held the title at that round", () => {
    const { scan } = scanUpTo("Who was Australia's Ambassador for Cyber Affairs at round 3?", titleAtRound);
    expect(scan.intent).toBe("person");
    expect(scan.query.person).toBeDefined();
  });
  it("leaves a plain co-chair question alone", () => {
    expect(scanUpTo("Who co-chaired round 3?", titleAtRound).scan.intent).toBe("cochairs");
  });
});

describe("step: held since a year", () => {
  it("reads 'since 2017' as the rounds held since", () => {
    const { scan } = scanUpTo("Has there been a round since 2017?", heldSince);
    expect(scan.intent).toBe("rounds");
    expect(scan.hints.heldAfter).toEqual({ year: 2017, inclusive: true });
  });
  it("not when no year is given", () => {
    expect(scanUpTo("Has there been a round recently?", heldSince).scan.hints.heldAfter).toBeUndefined();
  });
});
