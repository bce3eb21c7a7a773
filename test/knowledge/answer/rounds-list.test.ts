import { describe, expect, it } from "vitest";
import { isKnown, wasHeld } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

describe("the rounds held over a span of years", () => {
  const years = kb.rounds.flatMap((r) => (wasHeld(r) && isKnown(r.date) ? [r.date.value.year] : []));
  const [from, to] = [Math.min(...years), Math.max(...years)];
  it("counts and lists every round held in those years, English and Japanese", () => {
    const within = kb.rounds.filter((r) => wasHeld(r) && isKnown(r.date) && r.date.value.year <= from + 2);
    const answer = answerer.ask(`How many rounds were held between ${from} and ${from + 2}?`);
    expect(answer.intent).toBe("rounds");
    for (const r of within)
      expect(answer.text).toContain(`${r.number}${["st", "nd", "rd"][r.number - 1] ?? "th"}`);
    const ja = answerer.ask(`${from}年から${from + 2}年までに開催された回は？`);
    for (const r of within) expect(ja.text).toContain(`第${r.number}回`);
  });
  it("says when a round in between has no recorded date", () => {
    const undated = kb.rounds.filter((r) => !isKnown(r.date));
    const answer = answerer.ask(`Which rounds were held between ${from} and ${to}?`);
    for (const r of undated) expect(answer.text).toMatch(new RegExp(`${r.number}th round`));
  });
});

describe("the rounds held after a round", () => {
  it.each(kb.rounds.map((r) => ({ n: r.number })))(
    "since round $n: the later rounds held, else not recorded",
    ({ n }) => {
      const later = kb.rounds.filter((r) => r.number > n && wasHeld(r));
      const answer = answerer.ask(`Has there been a round since round ${n}?`);
      expect(answer.intent).toBe("rounds");
      expect(answer.text).toMatch(later.length > 0 ? /^Yes\b/ : /^Not recorded\b/);
    },
  );
  it("'the round after round 2' is that round, not a list", () => {
    expect(answerer.ask("Who co-chaired the round after round 2?").round).toBe(3);
  });
});
