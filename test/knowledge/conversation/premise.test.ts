import { describe, expect, it } from "vitest";
import { premiseOf } from "../../../src/knowledge/conversation/premise.ts";
import { cochairsOf, isKnown, roleAt, SIDES } from "../../../src/knowledge/queries.ts";
import { answerer, ask, kb } from "../fixture.ts";
import { converse } from "./converse.ts";

describe("the claim a why-question is built on", () => {
  it("is put as a yes/no question", () => {
    expect(premiseOf("Why did Feakin co-chair round 2?")).toBe("did Feakin co-chair round 2?");
    expect(premiseOf("How come round 3 was held in Canberra?")).toBe("round 3 was held in Canberra, right?");
    expect(premiseOf("なぜ第3回はキャンベラで開催されたの？")).toBe(
      "第3回はキャンベラで開催されたですよね？",
    );
    expect(premiseOf("Who co-chaired round 2?")).toBeUndefined();
    expect(premiseOf("第1回は東京で開かれたそうですが、何日でしたか？")).toBe(
      "第1回は東京で開かれたですよね？",
    );
    expect(premiseOf("Since Okada chaired round 2, who was his counterpart?")).toBe(
      "Okada chaired round 2, right?",
    );
    expect(premiseOf("Given that the first round was in Tokyo, what date was it?")).toBe(
      "the first round was in Tokyo, right?",
    );
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

describe("a question presupposing an organisation was at a round", () => {
  const complete = kb.rounds.filter((r) =>
    SIDES.every((s) => isKnown(r.participants[s]) && r.participants[s].value.complete),
  );
  const absent = complete.flatMap((r) =>
    [...kb.organisations.values()]
      .filter(
        (o) =>
          o.acronym &&
          !SIDES.some(
            (s) => isKnown(r.participants[s]) && r.participants[s].value.organisations.includes(o.id),
          ),
      )
      .filter((o) => !cochairsOf(kb, r).some((c) => roleAt(c.person, r.number)?.organisation === o.id))
      .map((o) => ({ n: r.number, acronym: o.acronym ?? "" })),
  );
  it.each(absent.slice(0, 6))(
    "$acronym at round $n: says first that it was not among the participants",
    ({ n, acronym }) => {
      const answer = answerer.ask(`What did ${acronym} present at round ${n}?`);
      const direct = answerer.ask(`Was ${acronym} at round ${n}?`).text.split(" ")[0];
      // the same verdict as asking directly, said first when it is a No
      if (direct === "No") expect(answer.text).toMatch(/^No\b/);
      else expect(answer.text).not.toMatch(/^(?:Yes|No)\b/);
    },
  );
  it("an organisation that was there is answered as asked", () => {
    const r = complete[0];
    const id = r && isKnown(r.participants.JP) ? r.participants.JP.value.organisations[0] : undefined;
    const org = id ? kb.organisations.get(id) : undefined;
    if (!r || !org?.acronym) return;
    expect(answerer.ask(`What did ${org.acronym} present at round ${r.number}?`).text).not.toMatch(/^No\b/);
  });
});

describe("'Since X, …?': what is asked is read after what is given", () => {
  it("answers the question asked, after the given's 'No — …' when the record contradicts it", () => {
    const chairs = kb.rounds.map((r) => cochairsOf(kb, r).find((c) => c.side === "JP")?.person);
    const [first, second, third] = chairs;
    if (!first?.name.en || !third?.name.en || second?.id === first.id)
      throw new Error("the fixture has three rounds with different Japanese co-chairs after the 1st");
    const surname = first.name.en.split(" ").at(-1);
    const text = answerer.ask(
      `Since ${surname} chaired the first two rounds, who took over for the third?`,
    ).text;
    expect(text).toMatch(/^No — /);
    expect(text).toContain(third.name.en);
  });
  it("a given that is a statement does not make the question after it a yes/no", () => {
    const text = answerer.ask("Given that the first round was in Tokyo, what date was it?").text;
    const [, after] = text.split("\n\n");
    expect(after ?? "").not.toMatch(/^(?:Yes|No) — /);
  });
});

describe("a person described as a round's co-chair ('第3回の共同議長だった水嶋大使')", () => {
  it("is corrected first when the record has another co-chair there", () => {
    const rounds = kb.rounds.filter((r) => cochairsOf(kb, r).some((c) => c.side === "JP"));
    const [a, b] = rounds;
    const chairA = a && cochairsOf(kb, a).find((c) => c.side === "JP")?.person;
    const chairB = b && cochairsOf(kb, b).find((c) => c.side === "JP")?.person;
    if (!a || !b || !chairA?.name.ja || !chairB || chairA.id === chairB.id)
      throw new Error("the fixture has two rounds with different Japanese co-chairs");
    const surname = chairA.name.ja.slice(0, 2);
    expect(
      answerer.ask(`第${b.number}回の共同議長だった${surname}大使について教えてください。`).text,
    ).toMatch(/^いいえ/);
    expect(
      answerer.ask(`第${a.number}回の共同議長だった${surname}大使について教えてください。`).text,
    ).not.toMatch(/^いいえ/);
  });
});

describe("'why?' / 'why the change?' / 「なぜ？」 after a round's facts", () => {
  it("says no reason is recorded, then the facts again — never a comparison or a refusal", () => {
    const round = kb.rounds.find((r) => isKnown(r.place));
    if (!round) throw new Error("the fixture has a round with a place");
    for (const [first, why] of [
      [`Where was round ${round.number} held?`, "why?"],
      [`Where was round ${round.number} held?`, "why the change?"],
      [`第${round.number}回はどこで開催されましたか？`, "なぜ？"],
    ] as const) {
      const [, answer] = converse([first, why]);
      expect(answer?.text, why).toMatch(/^(?:Not recorded — why is not recorded|記録されていません。理由は)/);
      expect(answer?.round, why).toBe(round.number);
    }
  });
});
