import { describe, expect, it } from "vitest";
import { fillSlots, membershipRelation } from "../../../../src/knowledge/understand/steps/slots.ts";
import { scanUpTo } from "./helpers.ts";

describe("step: query slots", () => {
  it("fills the organisation, side, place and date named", () => {
    const { scan } = scanUpTo("Which MOFA ambassador co-chaired round 1 in Canberra?", fillSlots);
    expect(scan.query).toMatchObject({ intent: "cochairs", organisation: "mofa", side: "JP" });
    expect(scan.hints.place).toBe("Canberra");
    expect(scanUpTo("Was it held on 2 August 2016?", fillSlots).scan.hints.date).toEqual({
      year: 2016,
      month: 8,
      day: 2,
    });
  });
  it("fills nothing that was not named", () => {
    const { scan } = scanUpTo("Who co-chaired round 2?", fillSlots);
    expect(scan.query).toEqual({ intent: "cochairs" });
    expect(scan.hints.place).toBeUndefined();
  });
});

describe("step: membership relation", () => {
  const relation = (q: string) => scanUpTo(q, membershipRelation).scan.query.relation;
  it("attended, co-chaired or held in", () => {
    expect(relation("Did DFAT attend round 1?")).toBe("attended");
    expect(relation("Did Feakin co-chair round 3?")).toBe("cochaired");
    expect(relation("Was round 2 held in Tokyo?")).toBe("held_in");
  });
  it("no relation for other intents", () => {
    expect(relation("Who co-chaired round 2?")).toBeUndefined();
  });
  it("'who represented <organisation>' asks who came from it; with a side or 'co-chair' it is the co-chair", () => {
    for (const q of ["Who represented NISC at round 2?", "who was NISC's representative at round 3?"]) {
      const { scan } = scanUpTo(q, membershipRelation);
      expect(scan.query).toMatchObject({ intent: "membership", organisation: "nisc", relation: "attended" });
      expect(scan.hints.whoFrom).toBe(true);
    }
    expect(scanUpTo("who represented Japan at round 2?", membershipRelation).scan.query.intent).toBe(
      "cochairs",
    );
    expect(
      scanUpTo("who represented MOFA at round 2 as co-chair?", membershipRelation).scan.query.intent,
    ).toBe("cochairs");
  });
  it("'which NISC officials were at round 3?' asks who came from the organisation", () => {
    const { scan } = scanUpTo("Which NISC officials were at the 3rd round?", membershipRelation);
    expect(scan.query.intent).toBe("membership");
    expect(scan.hints.whoFrom).toBe(true);
    expect(scanUpTo("Which Japanese agencies were at round 3?", membershipRelation).scan.query.intent).toBe(
      "agencies",
    );
  });
});
