import { describe, expect, it } from "vitest";
import { distinctMeetingNamed } from "../../../src/knowledge/answer/distinct.ts";
import { monthName } from "../../../src/knowledge/answer/format.ts";
import { answerer, kb } from "../fixture.ts";

describe("a meeting that is not a round", () => {
  const spans = kb.dialogue.distinctFrom.filter((m) => m.until && m.date.precision === "day");
  it.each(spans.map((m) => ({ id: m.id, d: m.date, u: m.until })))(
    "$id: named by its exact dates",
    ({ d, u }) => {
      if (!u || d.month === undefined) return;
      const month = monthName(d.month);
      for (const q of [
        `Was the meeting on ${d.day}–${u.day} ${month} ${d.year} a round of the dialogue?`,
        `Was the meeting on ${month} ${d.day}-${u.day}, ${d.year} a round?`,
        `${d.year}年${d.month}月${d.day}日〜${u.day}日の会合は協議の回ですか？`,
      ]) {
        expect(distinctMeetingNamed(kb, q), q).toBeDefined();
        expect(answerer.ask(q).text, q).toMatch(/^(?:No\b|いいえ)/);
      }
      // one day of it is not the meeting named
      expect(distinctMeetingNamed(kb, `Was round 5 on ${u.day} ${month} ${u.year}?`)).toBeUndefined();
      // nor are its dates said of a round (the round's own date, which may not be recorded)
      expect(
        distinctMeetingNamed(kb, `Was round 5 on ${d.day}–${u.day} ${month} ${d.year}?`),
      ).toBeUndefined();
    },
  );
});

describe("a round in the same week, month or year as another meeting", () => {
  it("compares the two dates at the round's precision: never Yes beyond what the round's date says", () => {
    const meeting = kb.dialogue.distinctFrom[0];
    const round = meeting
      ? kb.rounds.find((r) => r.date.status === "known" && r.date.value.year === meeting.date.year)
      : undefined;
    if (!meeting || !round || round.date.status !== "known")
      throw new Error("the fixture has a distinct meeting in a year with a round");
    const name = meeting.name.en;
    const d = round.date.value;
    const sameMonth = d.month !== undefined && d.month === meeting.date.month;
    const text = (unit: string) =>
      answerer.ask(`Was round ${round.number} in the same ${unit} as the ${name}?`).text;
    expect(text("year")).toMatch(/^Yes/);
    expect(text("month")).toMatch(d.precision === "year" ? /^Not recorded/ : sameMonth ? /^Yes/ : /^No/);
    if (d.precision !== "day") expect(text("week")).toMatch(/^(?:Not recorded|No)/);
  });
});
