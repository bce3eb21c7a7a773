import { describe, expect, it } from "vitest";
import { premiseOf } from "../../../src/knowledge/conversation/premise.ts";
import { cochairsOf, isKnown } from "../../../src/knowledge/queries.ts";
import { ask, kb } from "../fixture.ts";

describe("the claim a why-question is built on", () => {
  it("is put as a yes/no question", () => {
    expect(premiseOf("Why did Feakin co-chair round 2?")).toBe("did Feakin co-chair round 2?");
    expect(premiseOf("How come round 3 was held in Canberra?")).toBe("round 3 was held in Canberra, right?");
    expect(premiseOf("なぜ第3回はキャンベラで開催されたの？")).toBe(
      "第3回はキャンベラで開催されたですよね？",
    );
    expect(premiseOf("Who co-chaired round 2?")).toBeUndefined();
  });
});

describe("a question on a false premise", () => {
  const held = kb.rounds.filter((r) => isKnown(r.place));
  const [a, b] = held.filter(
    (r, i, all) =>
      all.findIndex(
        (o) => isKnown(o.place) && isKnown(r.place) && o.place.value.city.en === r.place.value.city.en,
      ) === i,
  );
  it("says No first, with what is recorded", () => {
    if (!a || !b || !isKnown(a.place) || !isKnown(b.place)) return;
    const { text } = ask(`Why was round ${a.number} held in ${b.place.value.city.en}?`);
    expect(text).toMatch(/^No\b/);
    expect(text).toContain(a.place.value.city.en ?? "");
  });
  it("a co-chair put at the wrong round is corrected", () => {
    const rounds = kb.rounds.filter((r) => cochairsOf(kb, r).length > 0);
    const [r1, r2] = rounds;
    if (!r1 || !r2) return;
    const other = cochairsOf(kb, r2).find(
      (c) => !cochairsOf(kb, r1).some((d) => d.person.id === c.person.id),
    );
    if (!other) return;
    expect(ask(`Why did ${other.person.name.en} co-chair round ${r1.number}?`).text).toMatch(/^No\b/);
  });
  it("on a true premise, says the reasons are not recorded", () => {
    if (!a || !isKnown(a.place)) return;
    expect(ask(`Why was round ${a.number} held in ${a.place.value.city.en}?`).text).toMatch(/not recorded/i);
  });
});
