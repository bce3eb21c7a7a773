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
