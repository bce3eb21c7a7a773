import { describe, expect, it } from "vitest";
import { cochairsOf, isKnown, participantsOf } from "../../../src/knowledge/queries.ts";
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

describe("the co-chairs across the rounds", () => {
  const people = new Set(kb.rounds.flatMap((r) => cochairsOf(kb, r).map((c) => c.person.id)));
  const perPerson = [...people].map(
    (id) => kb.rounds.filter((r) => cochairsOf(kb, r).some((c) => c.person.id === id)).length,
  );
  const unrecorded = kb.rounds.some((r) => cochairsOf(kb, r).length < 2);
  it("'how many different people have co-chaired?' counts them", () => {
    expect(answerer.ask("How many different people have co-chaired the dialogue?").text).toContain(
      `${people.size} different people`,
    );
  });
  it("'did anyone co-chair more than once?' is Yes only for someone on record twice", () => {
    const lead = answerer.ask("did anyone co-chair more than once?").text;
    if (perPerson.some((n) => n > 1)) expect(lead).toMatch(/^Yes\b/);
    else expect(lead).toMatch(unrecorded ? /^Not recorded\b/ : /^No\b/);
  });
});

describe("did every agency of one round also attend another?", () => {
  const [a, b] = listed.map((r) => r.number);
  const ids = (n: number, side: "JP" | "AU") => {
    const round = kb.rounds.find((r) => r.number === n);
    return round ? participantsOf(kb, round, side).flatMap((p) => p.organisations.map((o) => o.id)) : [];
  };
  it.each(["JP", "AU"] as const)("%s side, both ways", (side) => {
    if (a === undefined || b === undefined) return;
    const adjective = side === "JP" ? "Japanese" : "Australian";
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const subset = ids(x, side).every((id) => ids(y, side).includes(id));
      expect(
        answerer.ask(`Did every ${adjective} agency of round ${x} also attend round ${y}?`).text,
      ).toMatch(subset ? /^Yes\b/ : /^No\b/);
    }
  });
});

describe("what both sides reaffirmed", () => {
  const with2 = kb.rounds.filter(
    (r) =>
      isKnown(r.topics) &&
      r.topics.evidence.some(
        (e) =>
          /再確認|reaffirm/i.test(e.quote) &&
          isKnown(r.topics) &&
          r.topics.value.some((t) => [t.en, t.ja].some((x) => x && e.quote.includes(x))),
      ),
  );
  it.each(with2.map((r) => r.number))(
    "round %i: the outcome answer says what the sources record as reaffirmed",
    (n) => {
      const round = kb.rounds.find((r) => r.number === n);
      if (!round || !isKnown(round.topics)) return;
      const quotes = round.topics.evidence
        .filter((e) => /再確認|reaffirm/i.test(e.quote))
        .map((e) => e.quote);
      const item = round.topics.value.find((t) =>
        [t.en, t.ja].some((x) => x && quotes.some((q) => q.includes(x))),
      );
      const text = answerer.ask(`What did the two countries reaffirm at round ${n}?`).text;
      expect(text).toContain(item?.en ?? item?.ja ?? "?");
    },
  );
});
