import { describe, expect, it } from "vitest";
import { isKnown } from "../../../../src/knowledge/queries.ts";
import { heldSince, titleAtRound } from "../../../../src/knowledge/understand/steps/last-readings.ts";
import { answerer, kb } from "../../fixture.ts";
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
  it("'since the start of 2024' is since that year, not the dialogue's beginning", () => {
    const { scan } = scanUpTo("Has there been a round since the start of 2024?", heldSince);
    expect(scan.intent).toBe("rounds");
    expect(scan.hints.heldAfter).toEqual({ year: 2024, inclusive: true });
  });
});

describe("no round on record after a year", () => {
  it("is not recorded, never a No (no source lists every round)", () => {
    const latest = Math.max(...kb.rounds.flatMap((r) => (isKnown(r.date) ? [r.date.value.year] : [])));
    expect(answerer.ask(`Has there been a round since ${latest + 1}?`).text).toMatch(/^Not recorded/);
    expect(answerer.ask(`${latest + 1}年以降に開催された回はある？`).text).toMatch(/^記録されていません/);
  });
});
