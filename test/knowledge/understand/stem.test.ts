import { describe, expect, it } from "vitest";
import { cueWords, scoreCues } from "../../../src/knowledge/understand/intent.ts";
import { inflections, stem } from "../../../src/knowledge/understand/stem.ts";
import { understand } from "../fixture.ts";

describe("base forms", () => {
  it("inflections share the stem of their base form", () => {
    expect(stem("attended")).toBe(stem("attend"));
    expect(stem("participation")).toBe(stem("participate"));
    expect(inflections("attend")).toEqual(expect.arrayContaining(["attends", "attended", "attending"]));
    expect(inflections("plan")).toContain("planned");
    expect(inflections("discuss")).toContain("discussion");
  });
  it("different words keep different stems, and non-words are kept", () => {
    expect(stem("chairman")).not.toBe(stem("chair"));
    // which is why some cue words are exact: "rounds" (a list) and "round" share a stem
    expect(stem("rounds")).toBe(stem("round"));
    expect(stem("2nd")).toBe("2nd");
    expect(stem("共同議長")).toBe("共同議長");
  });
});

describe("cue words from base forms", () => {
  it("an inflection of a base form is a cue, without being listed", () => {
    expect(scoreCues(["who", "cochairs"], "").byIntent.cochairs).toBeGreaterThan(0);
    expect(scoreCues(["which", "bodies", "participated"], "").byIntent.agencies).toBeGreaterThan(0);
    expect(scoreCues(["what", "was", "discussed"], "").byIntent.topics).toBeGreaterThan(0);
  });
  it("exact words stay exact: the plural asks for a list, the singular does not", () => {
    expect(scoreCues(["rounds"], "").byIntent.rounds).toBeGreaterThan(0);
    expect(scoreCues(["round"], "").byIntent.rounds).toBe(0);
  });
  it("spelling correction targets include inflections", () => {
    expect(cueWords().get("attended")).toBe("agencies");
  });
  it("a side word after 'top' asks for the co-chair, from the side lexicon", () => {
    expect(understand("who was the top aussie at the first one").query.intent).toBe("cochairs");
    expect(understand("who was the top japanese official at round 2").query.intent).toBe("cochairs");
  });
  it("a compound is read as its head ('backstory' → 'story')", () => {
    expect(understand("Tell me the backstory of this dialogue").query.intent).toBe("origin");
    expect(understand("Tell me the story of this dialogue").query.intent).toBe("origin");
  });
});
