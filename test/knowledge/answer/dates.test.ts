import { describe, expect, it } from "vitest";
import { isKnown, wasHeld } from "../../../src/knowledge/queries.ts";
import { ask, kb } from "../fixture.ts";

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);
const exact = kb.rounds.filter(
  (r) => wasHeld(r) && isKnown(r.date) && r.date.value.day !== undefined && !r.date.value.approximate,
);

describe("a yes/no question naming a full date checks the day", () => {
  it("confirms the recorded date", () => {
    for (const r of exact) {
      if (!isKnown(r.date)) continue;
      const { day, month, year } = r.date.value;
      const { answer } = ask(`Was round ${r.number} held on ${day} ${MONTHS[(month ?? 1) - 1]} ${year}?`);
      expect(answer.text, `round ${r.number}`).toMatch(/^Yes — /);
    }
  });
  it("does not confirm another day of the same month", () => {
    expect(exact.length).toBeGreaterThan(0);
    for (const r of exact) {
      if (!isKnown(r.date)) continue;
      const { day = 1, month, year } = r.date.value;
      const other = day === 28 ? 27 : day + 1;
      const { answer } = ask(`Was round ${r.number} held on ${other} ${MONTHS[(month ?? 1) - 1]} ${year}?`);
      expect(answer.text, `round ${r.number}`).not.toMatch(/^Yes/);
      const { answer: us } = ask(
        `Was round ${r.number} held on ${MONTHS[(month ?? 1) - 1]} ${other}, ${year}?`,
      );
      expect(us.text, `round ${r.number}`).not.toMatch(/^Yes/);
    }
  });
});
