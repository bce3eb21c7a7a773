import { describe, expect, it } from "vitest";
import { ordinal } from "../../../src/knowledge/answer/format.ts";
import { isKnown } from "../../../src/knowledge/queries.ts";
import type { DateValue } from "../../../src/knowledge/types.ts";
import { answerer, kb } from "../fixture.ts";
import { converse } from "./converse.ts";

const exactDay = (d: DateValue) => d.precision === "day" && !d.approximate;
const utc = (d: DateValue) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
const dated = kb.rounds.filter((r) => isKnown(r.date));
const byDay = dated.filter((r) => isKnown(r.date) && exactDay(r.date.value));
const undated = kb.rounds.filter((r) => !isKnown(r.date));

describe("how long between two moments on record", () => {
  const pairs = byDay.flatMap((a, i) => byDay.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs.map(([a, b]) => ({ a: a.number, b: b.number })))(
    "days between round $a and round $b",
    ({ a, b }) => {
      const ra = kb.rounds.find((r) => r.number === a);
      const rb = kb.rounds.find((r) => r.number === b);
      if (!ra || !rb || !isKnown(ra.date) || !isKnown(rb.date)) return;
      const days = Math.round((utc(rb.date.value) - utc(ra.date.value)) / 86_400_000);
      const answer = answerer.ask(`How many days between round ${a} and round ${b}?`);
      expect(answer.text).toContain(`${days} days`);
      expect(answer.intent).toBe("rounds");
    },
  );

  it("a date known only to the month gives an approximate span, and says why", () => {
    const coarse = dated.find((r) => isKnown(r.date) && !exactDay(r.date.value));
    const other = byDay[0];
    if (!coarse || !other) return;
    const text = answerer.ask(`how long between round ${other.number} and round ${coarse.number}?`).text;
    expect(text).toMatch(/about/);
    expect(text).toMatch(/not exact/);
  });

  it("a round without a date: not recorded, never a number", () => {
    const gap = undated[0];
    const other = byDay[0];
    if (!gap || !other) return;
    const text = answerer.ask(`how many days between round ${other.number} and round ${gap.number}?`).text;
    expect(text).toMatch(/^Not recorded/);
  });

  it("the agreement, a release, today", () => {
    const origin = kb.dialogue.origin;
    const first = byDay[0];
    if (!isKnown(origin) || !first || !isKnown(first.date)) return;
    const days = Math.round((utc(first.date.value) - utc(origin.value.date)) / 86_400_000);
    const agreed = answerer.ask(`How many days passed between the agreement and round ${first.number}?`);
    expect(agreed.intent).toBe("origin");
    expect(agreed.text).toContain(`${days} days`);
    const released = byDay.find((r) => r.released && isKnown(r.released));
    if (released?.released && isKnown(released.released) && isKnown(released.date)) {
      const d = Math.round((utc(released.released.value) - utc(released.date.value)) / 86_400_000);
      const text = answerer.ask(
        `How many days after round ${released.number} was the release published?`,
      ).text;
      expect(text).toContain(`${d} day`);
    }
    expect(answerer.ask("How many years ago was the dialogue agreed?").text).toMatch(/today/);
  });

  it("in a conversation: 'how many days between them?' after 'the one before?'; 'how long until the first meeting?' after the agreement", () => {
    const [a, b] = byDay;
    if (!a || !b) return;
    const turns = converse([
      `Which round was held in ${isKnown(b.date) ? b.date.value.year : ""}?`,
      "the one before?",
      "how many days between them?",
    ]);
    expect(turns[2]?.text).toMatch(/\d+ days/);
    const origin = converse(["When was the dialogue agreed?", "how long until the first meeting?"]);
    expect(origin[1]?.intent).toBe("origin");
    expect(origin[1]?.text).toMatch(/\d+ days/);
  });

  it("'how long since the last round?' stays the dialogue's recency", () => {
    expect(answerer.ask("how long has it been since the last round?").intent).toBe("when_where");
  });
});

describe("a gap asked in a unit", () => {
  it("'Gap between round A and round B, in months?' says the months", () => {
    const [a, b] = byDay;
    if (!a || !b || !isKnown(a.date) || !isKnown(b.date)) return;
    const months =
      (b.date.value.year - a.date.value.year) * 12 +
      ((b.date.value.month ?? 1) - (a.date.value.month ?? 1)) -
      ((b.date.value.day ?? 1) < (a.date.value.day ?? 1) ? 1 : 0);
    expect(answerer.ask(`Gap between round ${a.number} and round ${b.number}, in months?`).text).toContain(
      `${months} month`,
    );
  });
  it("'who … when the dialogue was agreed?' is about its beginning", () => {
    expect(answerer.ask("Who was Australia's PM when the dialogue was agreed?").intent).toBe("origin");
  });
});

describe("a span to a round named relative to the previous turn's", () => {
  it("'gap to the next one?' after a round: from that round to the one after", () => {
    const dated = kb.rounds.filter((r) => isKnown(r.date) && r.date.value.precision === "day");
    const [a, b] = dated;
    if (!a || !b || b.number !== a.number + 1) return;
    const previous = answerer.ask(`When did round ${a.number} happen?`);
    const gap = answerer.ask("gap to the next one?", previous.context ? { context: previous.context } : {});
    expect(gap.text).toMatch(new RegExp(`${ordinal(a.number)} round.*${ordinal(b.number)} round.*\\d+ days`));
  });
});

describe("how long, in other words", () => {
  it("'between the leaders agreeing it and the first meeting' and 「どれくらい期間が空いて」", () => {
    expect(answerer.ask("how long between the leaders agreeing it and the first meeting").text).toMatch(
      /\d+ days/,
    );
    expect(answerer.ask("第1回から第3回まで、どれくらい期間が空いていますか？").text).toMatch(/\d+日/);
  });

  it("after a span, 'and from that one to …?' / 「…までは？」 asks the span again, of the moments it names", () => {
    const [a, b, c] = byDay;
    if (!a || !b || !c || !isKnown(a.date) || !isKnown(b.date) || !isKnown(c.date))
      throw new Error("the fixture has three rounds dated to the day");
    const days = (x: DateValue, y: DateValue) => Math.round((utc(y) - utc(x)) / 86_400_000);
    const [, again] = converse([
      `How many days between round ${a.number} and round ${b.number}?`,
      `and from round ${b.number} to round ${c.number}?`,
    ]);
    expect(again?.text).toContain(`${days(b.date.value, c.date.value)} days`);
    const [, ja] = converse([`第${a.number}回から第${b.number}回まで何日？`, `第${c.number}回までは？`]);
    expect(ja?.text).toContain(`${days(a.date.value, c.date.value)}日`);
    // not after another kind of question
    expect(
      converse([`Who co-chaired round ${a.number}?`, `and from round ${b.number}?`])[1]?.text,
    ).not.toMatch(/days/);
  });
  it("'how many days later is that?' after the release's date: from the round to its release", () => {
    const round = kb.rounds.find(
      (r) => isKnown(r.date) && exactDay(r.date.value) && r.released && isKnown(r.released),
    );
    if (!round || !isKnown(round.date) || !round.released || !isKnown(round.released))
      throw new Error("the fixture has a round with its release dated");
    const gap = Math.round((utc(round.released.value) - utc(round.date.value)) / 86_400_000);
    const [, , later] = converse([
      `When was round ${round.number} held?`,
      "and when did the press release come out?",
      "so how many days later is that?",
    ]);
    expect(later?.text).toMatch(new RegExp(`(?<!\\d)${gap} days?`));
    if (gap === 1) expect(later?.text).toContain("the next day");
    // "how many days in between?" after the round's dates (its meeting and its release, both given)
    const [, between] = converse([`When was round ${round.number}?`, "how many days in between?"]);
    expect(between?.text).toMatch(new RegExp(`(?<!\\d)${gap} days?`));
    // "what year?" after the release is no span
    const [, , year] = converse([`第${round.number}回はいつ？`, "発表は翌日でしたか？", "平成だと何年？"]);
    expect(year?.text).not.toMatch(/まで：/);
  });
  it("'gap to the next one?' stays about the round asked: 'and to the one before?' is before it", () => {
    const middle = byDay.find(
      (r) => byDay.some((b) => b.number === r.number - 1) && byDay.some((b) => b.number === r.number + 1),
    );
    if (!middle || !isKnown(middle.date))
      throw new Error("the fixture has three consecutive rounds dated to the day");
    const before = byDay.find((r) => r.number === middle.number - 1);
    if (!before || !isKnown(before.date)) throw new Error("unreachable");
    const days = Math.round((utc(middle.date.value) - utc(before.date.value)) / 86_400_000);
    const [, , answer] = converse([
      `When did round ${middle.number} happen?`,
      "gap to the next one?",
      "and to the one before?",
    ]);
    expect(answer?.text).toContain(`${days} days`);
    // "from that one": the span's other round (the next one), not the round asked about first
    const next = byDay.find((r) => r.number === middle.number + 1);
    if (!next || !isKnown(next.date)) throw new Error("unreachable");
    const [, , fromThat] = converse([
      `When was round ${middle.number}?`,
      "how long until the following round?",
      `and from that one to round ${before.number}?`,
    ]);
    const span = Math.round((utc(next.date.value) - utc(before.date.value)) / 86_400_000);
    expect(fromThat?.text).toContain(`${span} days`);
  });
});
