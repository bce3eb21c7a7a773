import { describe, expect, it } from "vitest";
import { moreThan, participantCount } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

describe("answer: which of two rounds had more participants", () => {
  const pairs = kb.rounds.flatMap((a) =>
    kb.rounds.filter((b) => b.number > a.number).map((b) => [a.number, b.number, a, b] as const),
  );
  it.each(pairs)("rounds %i and %i", (_x, _y, a, b) => {
    for (const side of ["JP", "AU"] as const) {
      const adjective = side === "JP" ? "Japanese" : "Australian";
      const [ca, cb] = [participantCount(kb, a, side), participantCount(kb, b, side)];
      const text = answerer.ask(
        `Did round ${a.number} or round ${b.number} have more ${adjective} agencies?`,
      ).text;
      const ja = answerer.ask(
        `第${a.number}回と第${b.number}回、どちらが${side === "JP" ? "日本側" : "豪州側"}の参加機関が多かった？`,
      ).text;
      const [aMore, bMore] = [moreThan(ca, cb), moreThan(cb, ca)];
      if (aMore === "yes" || bMore === "yes") {
        const winner = aMore === "yes" ? a.number : b.number;
        expect(text).toMatch(new RegExp(`^The ${winner}(?:st|nd|rd|th) round had more`));
        expect(ja).toContain(`第${winner}回の方が`);
      } else if (aMore === "no" && bMore === "no") {
        expect(text).toMatch(new RegExp(`^The same: .* each had ${ca.total} `));
        expect(ja).toMatch(/^同じです/);
      } else {
        expect(text).toMatch(/^Not recorded — /);
        expect(ja).toMatch(/^記録されていません/);
      }
      // the counts behind the verdict are cited
      if (ca.known || cb.known)
        expect(
          answerer.ask(`Did round ${a.number} or round ${b.number} have more ${adjective} agencies?`).sources
            .length,
        ).toBeGreaterThan(0);
    }
  });
});
