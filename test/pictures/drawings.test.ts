/** What the drawings say, checked against the knowledge base's queries (no rendering). */
import { describe, expect, it } from "vitest";
import { cityName } from "../../src/knowledge/answer/format.ts";
import { announcementOf, isKnown, wasHeld } from "../../src/knowledge/queries.ts";
import { shortDate } from "../../src/pictures/labels.ts";
import { drawPicture } from "../../src/pictures/pictures.ts";
import { clipText, escapeXml, textWidth, wrapText } from "../../src/pictures/svg.ts";
import { timelineEntries, yearPosition } from "../../src/pictures/timeline.ts";
import { loadKnowledge } from "../e2e/helpers/bot-harness.ts";

const kb = loadKnowledge().current().kb;

describe("timeline drawing", () => {
  it.each(["en", "ja"] as const)("gives each held round's date at its recorded precision (%s)", (locale) => {
    const { description, svg } = drawPicture(kb, { kind: "timeline", locale });
    for (const round of kb.rounds) {
      if (!isKnown(round.date)) continue;
      const date = shortDate(round.date.value, locale);
      expect(description).toContain(date);
      expect(svg).toContain(escapeXml(date));
      if (round.date.value.approximate) expect(date).toMatch(locale === "en" ? /^~/ : /頃$/);
    }
  });

  it.each(["en", "ja"] as const)(
    "shows where a round was announced for, when not held there or not held (%s)",
    (locale) => {
      const entries = timelineEntries(kb, locale);
      const { svg } = drawPicture(kb, { kind: "timeline", locale });
      let moved = 0;
      for (const entry of entries) {
        const announced = announcementOf(kb, entry.round.number)?.announced.place;
        if (!announced) continue;
        const heldThere =
          isKnown(entry.round.place) &&
          cityName(entry.round.place.value, locale) === cityName(announced, locale);
        if (heldThere) continue;
        moved += entry.held ? 1 : 0;
        expect(svg, `round ${entry.round.number}`).toContain(escapeXml(cityName(announced, locale)));
        expect(entry.held ? entry.movedFrom : cityName(announced, locale)).toBe(cityName(announced, locale));
      }
      expect(moved).toBeGreaterThan(0);
    },
  );

  it("places rounds in time order, a round not recorded as held at the time it was announced for", () => {
    const entries = timelineEntries(kb, "en");
    for (const entry of entries) {
      expect(entry.held).toBe(wasHeld(entry.round));
      if (isKnown(entry.round.date)) expect(entry.at).toBe(yearPosition(entry.round.date.value));
      const announcedDate = announcementOf(kb, entry.round.number)?.announced.date;
      if (!isKnown(entry.round.date) && announcedDate) expect(entry.at).toBe(yearPosition(announcedDate));
    }
    const at = entries.map((e) => e.at);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe("participation drawing", () => {
  it("has one row per organisation of the side asked for, and says so in its alt text", () => {
    for (const side of ["JP", "AU"] as const) {
      const drawing = drawPicture(kb, { kind: "participation", locale: "en", side });
      const orgs = [...kb.organisations.values()].filter((o) => o.country === side).map((o) => o.id);
      expect(new Set(drawing.cells?.map((c) => c.organisation))).toEqual(new Set(orgs));
      expect(drawing.description).toContain(`${orgs.length} ${side === "JP" ? "Japanese" : "Australian"}`);
    }
  });
});

describe("svg text helpers", () => {
  it("escapes markup", () => {
    expect(escapeXml(`PM&C <"x">`)).toBe("PM&amp;C &lt;&quot;x&quot;&gt;");
  });

  it("clips and wraps within the width asked for", () => {
    const long = "National Center of Incident Readiness and Strategy for Cybersecurity";
    expect(textWidth(clipText(long, 200, 14), 14)).toBeLessThanOrEqual(200);
    expect(clipText(long, 200, 14)).toMatch(/…$/);
    expect(clipText("NPA", 200, 14)).toBe("NPA");
    for (const line of wrapText(long, 150, 13, 3)) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
    expect(wrapText("第3回でキャンベラ、2018年での開催と発表", 120, 13, 5).length).toBeGreaterThan(1);
  });
});
