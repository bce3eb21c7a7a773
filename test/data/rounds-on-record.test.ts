/**
 * The engine on the real knowledge base (data/, or KB_DIR): expectations derived from the data, so that they
 * hold whatever rounds it records (the fictional-round test runs these on a copy with a new round).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/knowledge/answerer.ts";
import { loadKnowledgeBaseOrThrow } from "../../src/knowledge/load.ts";
import { cochairsOf, latestAnnouncement, latestHeldRound, latestRound } from "../../src/knowledge/queries.ts";
import { DATA_DIR } from "../helpers/data-copy.ts";

const kb = loadKnowledgeBaseOrThrow(DATA_DIR);
const answerer = createAnswerer(kb);
const text = (question: string) => answerer.renderText(answerer.ask(question, { locale: "en" }));
const latest = latestRound(kb);
const latestHeld = latestHeldRound(kb);
const everyName = kb.rounds.flatMap((r) => cochairsOf(kb, r).map((c) => c.person.name.en ?? c.person.id));

describe("rounds on record, as the data has them", () => {
  it("counts and lists every round", () => {
    expect(latest?.number).toBe(Math.max(...kb.rounds.map((r) => r.number)));
    expect(text("How many rounds of the dialogue are on record?")).toMatch(
      new RegExp(`\\b${kb.rounds.length}\\b`),
    );
    expect(answerer.roundChoices("", "en").map((c) => c.value)).toEqual(
      expect.arrayContaining(kb.rounds.map((r) => String(r.number))),
    );
  });

  it("'the latest round' is the latest on record", () => {
    expect(answerer.roundChoices("latest", "en")[0]?.value).toBe(String(latest?.number));
    const answer = answerer.ask("When was the latest round held?", { locale: "en" });
    expect(answer.round).toBe(latestHeld?.number);
  });

  it("each round's co-chairs, date and place, or 'not recorded'", () => {
    for (const round of kb.rounds) {
      const cochairs = text(`Who co-chaired round ${round.number}?`);
      const names = cochairsOf(kb, round).map((c) => c.person.name.en ?? "");
      for (const name of names) expect(cochairs).toContain(name);
      if (names.length === 0) expect(cochairs).toMatch(/not recorded/);
      const when = answerer.ask(`When was round ${round.number} held?`, { locale: "en" });
      expect(when.round).toBe(round.number);
      if (round.date.status === "known")
        expect(answerer.renderText(when)).toContain(String(round.date.value.year));
      else expect(answerer.renderText(when)).toMatch(/not recorded/);
    }
  });

  it("a round after the latest is not on record, and gets no round's facts", () => {
    const next = (latest?.number ?? 0) + 1;
    const answer = text(`Who co-chaired round ${next}?`);
    for (const name of everyName) expect(answer).not.toContain(name);
    expect(answer).toMatch(new RegExp(`${next}`));
  });

  it("the next round is the latest announcement on record", () => {
    const announced = latestAnnouncement(kb);
    const answer = answerer.ask("When is the next round?", { locale: "en" });
    if (announced)
      expect(answerer.renderText(answer)).toMatch(
        new RegExp(`\\b${announced.announced.round}(st|nd|rd|th)\\b`),
      );
    else expect(answerer.renderText(answer)).toMatch(/not recorded/);
  });
});
