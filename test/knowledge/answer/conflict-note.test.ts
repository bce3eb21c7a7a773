import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/knowledge/answer/format.ts";
import { isKnown } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

/** Rounds met on a day of a month, with a release dated another day of that month. */
const released = kb.rounds.flatMap((r) => {
  if (!isKnown(r.date) || r.date.value.precision !== "day" || !r.released || !isKnown(r.released)) return [];
  const [met, out] = [r.date.value, r.released.value];
  return out.precision === "day" && out.year === met.year && out.month === met.month && out.day !== met.day
    ? [{ n: r.number, met, out }]
    : [];
});

describe("a round named by a day it did not meet on", () => {
  it.each(released)(
    "round $n named by its release's date: the answer says the day it met",
    ({ n, met, out }) => {
      const answer = answerer.ask(`Who co-chaired the ${formatDate(out, "en")} dialogue?`);
      expect(answer.round).toBe(n);
      expect(answer.text).toContain(`held on ${formatDate(met, "en")}, not ${formatDate(out, "en")}`);
      expect(answer.text).toMatch(/press release/);
      // the day it met: no note
      expect(answerer.ask(`Who co-chaired the ${formatDate(met, "en")} dialogue?`).text).not.toMatch(/Note:/);
    },
  );
});
