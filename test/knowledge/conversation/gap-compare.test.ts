import { describe, expect, it } from "vitest";
import { isKnown } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const exact = kb.rounds.filter(
  (r) => isKnown(r.date) && r.date.value.precision === "day" && !r.date.value.approximate,
);
const days = (a: number, b: number) => {
  const at = (n: number) => {
    const r = exact.find((x) => x.number === n);
    return r && isKnown(r.date)
      ? Date.UTC(r.date.value.year, (r.date.value.month ?? 1) - 1, r.date.value.day ?? 1)
      : NaN;
  };
  return Math.abs(at(b) - at(a)) / 86_400_000;
};

describe("two gaps between rounds compared", () => {
  it("Yes or No by their days, in English and Japanese", () => {
    const [a, b, c] = exact.map((r) => r.number);
    if (a === undefined || b === undefined || c === undefined) return;
    const shorter = days(b, c) < days(a, b);
    const q = `Was the gap between rounds ${b} and ${c} shorter than the gap between rounds ${a} and ${b}?`;
    expect(answerer.ask(q).text).toMatch(shorter ? /^Yes\b/ : /^No\b/);
    expect(answerer.ask(q.replace("shorter", "longer")).text).toMatch(shorter ? /^No\b/ : /^Yes\b/);
    const ja = answerer.ask(`第${b}回と第${c}回の間は、第${a}回と第${b}回の間より短かった？`);
    expect(ja.text).toMatch(shorter ? /^はい/ : /^いいえ/);
  });
  it("one gap only is a question of how long, not a comparison", () => {
    expect(answerer.ask("How long was the gap between rounds 1 and 2?").text).not.toMatch(/^(?:Yes|No)\b/);
  });
});
