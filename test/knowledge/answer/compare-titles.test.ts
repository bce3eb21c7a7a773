import { describe, expect, it } from "vitest";
import { cochairsOf, isKnown, roleAt, roundByNumber, SIDES } from "../../../src/knowledge/queries.ts";
import { converse } from "../conversation/converse.ts";
import { answerer, kb } from "../fixture.ts";

/** A side's co-chair titles at rounds a and b: same, different, or not comparable (no common language). */
function expected(side: "JP" | "AU", a: number, b: number): "Yes" | "No" | "Not recorded" | undefined {
  const title = (n: number) => {
    const round = roundByNumber(kb, n);
    const chair = round ? cochairsOf(kb, round).find((c) => c.side === side) : undefined;
    return chair ? roleAt(chair.person, n)?.title : undefined;
  };
  const [ta, tb] = [title(a), title(b)];
  if (!ta || !tb) return undefined;
  for (const l of ["en", "ja"] as const) if (ta[l] && tb[l]) return ta[l] === tb[l] ? "Yes" : "No";
  return "Not recorded";
}

const pairs = kb.rounds.flatMap((a) =>
  kb.rounds.filter((b) => b.number > a.number).map((b) => [a.number, b.number] as const),
);

describe("the co-chairs' titles compared", () => {
  it.each(SIDES.flatMap((side) => pairs.map(([a, b]) => ({ side, a, b }))))(
    "$side, rounds $a and $b: compared in a language both are recorded in",
    ({ side, a, b }) => {
      const want = expected(side, a, b);
      if (!want) return;
      const adjective = side === "JP" ? "Japanese" : "Australian";
      const q = `Did the ${adjective} co-chairs of rounds ${a} and ${b} have the same title?`;
      expect(answerer.ask(q).text.split(" ")[0]).toBe(want === "Not recorded" ? "Not" : want);
    },
  );
  it("a follow-up keeps the side asked before", () => {
    const [, same] = converse(["第1回から第3回までの日本側共同議長は？", "全員同じ肩書きですか？"]);
    expect(same?.text).toMatch(/日本側共同議長の肩書/);
    expect(same?.text).not.toMatch(/豪州側/);
  });
});

describe("three rounds' agencies compared", () => {
  it("'only at' a round is at none of the others", () => {
    const listed = kb.rounds.filter((r) => isKnown(r.participants.JP)).slice(0, 3);
    if (listed.length < 3) return;
    const ids = listed.map((r) => (isKnown(r.participants.JP) ? r.participants.JP.value.organisations : []));
    const only = ids.map(
      (list, i) => list.filter((id) => !ids.some((l, j) => j !== i && l.includes(id))).length,
    );
    const answer = answerer.ask(
      `Compare the number of Japanese agencies at rounds ${listed
        .map((r) => r.number)
        .slice(0, -1)
        .join(", ")} and ${listed.at(-1)?.number}.`,
    );
    for (const [i, r] of listed.entries()) {
      const nth = ["1st", "2nd", "3rd"][r.number - 1] ?? `${r.number}th`;
      expect(answer.text).toContain(`${only[i]} only at the ${nth}`);
    }
  });
});
