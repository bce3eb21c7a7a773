import { describe, expect, it } from "vitest";
import { isKnown, participantsOf } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const listed = kb.rounds.filter((r) => participantsOf(kb, r).every((p) => isKnown(p.fact)));
const count = (n: number, side?: "JP" | "AU") => {
  const round = kb.rounds.find((r) => r.number === n);
  return round ? participantsOf(kb, round, side).reduce((sum, p) => sum + p.organisations.length, 0) : 0;
};

describe("counts said in the answers", () => {
  it.each(listed.map((r) => r.number))("round %i: both sides' lists give their total", (n) => {
    const lead = answerer.ask(`how many orgs in total at round ${n}?`).text.split("\n")[0] ?? "";
    expect(lead).toContain(`${count(n)} organisations`);
    expect(answerer.ask(`第${n}回の参加機関は？`).text).toContain(`計${count(n)}機関`);
  });
  it("a comparison of two rounds' lists says each round's count first", () => {
    const [a, b] = listed.map((r) => r.number);
    if (a === undefined || b === undefined) return;
    const lead = answerer.ask(`How many Japanese organisations were at round ${b} versus round ${a}?`).text;
    expect(lead).toContain(`${count(b, "JP")} at the`);
    expect(lead).toContain(`${count(a, "JP")} at the`);
  });
});
