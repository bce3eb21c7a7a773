import { describe, expect, it } from "vitest";
import { weekday } from "../../../src/knowledge/answer/format.ts";
import { isKnown } from "../../../src/knowledge/queries.ts";
import { ask, kb } from "../fixture.ts";

const exact = kb.rounds.filter((r) => isKnown(r.date) && weekday(r.date.value, "en") !== undefined);
const days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

describe("rounds held on a weekday", () => {
  it("lists the rounds whose recorded day is that weekday", () => {
    const round = exact[0];
    if (!round || !isKnown(round.date)) return;
    const day = weekday(round.date.value, "en") ?? "";
    const { answer, text } = ask(`Which round was held on a ${day}?`);
    expect(answer.intent).not.toBe("unknown");
    for (const r of exact.filter((o) => isKnown(o.date) && weekday(o.date.value, "en") === day))
      expect(text).toContain(`${r.number}`);
    expect(ask(`Was any round held on a ${day}?`).text).toMatch(/^Yes\b/);
  });
  it("a weekday no recorded day falls on is never a Yes", () => {
    const used = new Set(exact.map((r) => (isKnown(r.date) ? weekday(r.date.value, "en") : "")));
    const free = days.find((d) => !used.has(d));
    if (!free) return;
    expect(ask(`Was any round held on a ${free}?`).text).toMatch(/^(No|Not recorded)\b/);
  });
  it("in Japanese too", () => {
    const round = exact[0];
    if (!round || !isKnown(round.date)) return;
    const day = weekday(round.date.value, "ja") ?? "";
    expect(ask(`${day}に開催されたのは第何回？`).text).toContain(`第${round.number}回`);
  });
});
