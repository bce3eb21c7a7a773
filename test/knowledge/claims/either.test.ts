import { describe, expect, it } from "vitest";
import { isKnown, samePlace } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const held = kb.rounds.filter((r) => isKnown(r.place));
const cities = [...new Set(held.map((r) => (isKnown(r.place) ? (r.place.value.city.en ?? "") : "")))].filter(
  Boolean,
);
const pairs = held.flatMap((a, i) => held.slice(i + 1).map((b) => [a, b] as const));
const verdict = (q: string) => /^(Yes|No|Not recorded)\b/.exec(answerer.ask(q).text)?.[1];
const inCity = (r: (typeof held)[number], city: string) => isKnown(r.place) && samePlace(r.place.value, city);

describe("'either' of two rounds: yes if it holds for one, no only if for neither", () => {
  const cases = pairs.flatMap(([a, b]) =>
    cities.map((city) => ({
      a: a.number,
      b: b.number,
      city,
      any: inCity(a, city) || inCity(b, city),
      both: inCity(a, city) && inCity(b, city),
    })),
  );
  it.each(cases)("round $a or $b in $city", ({ a, b, city, any, both }) => {
    expect(verdict(`was either round ${a} or round ${b} held in ${city}?`)).toBe(any ? "Yes" : "No");
    expect(verdict(`were any of rounds ${a} and ${b} in ${city}?`)).toBe(any ? "Yes" : "No");
    expect(verdict(`were rounds ${a} and ${b} both held in ${city}?`)).toBe(both ? "Yes" : "No");
  });

  it("each round's claims hold together: a round matching one claim and another round the other is No", () => {
    const [a, b] = held;
    if (
      !a ||
      !b ||
      !isKnown(a.date) ||
      !isKnown(b.date) ||
      !isKnown(b.place) ||
      a.date.value.year === b.date.value.year
    )
      return;
    const city = b.place.value.city.en ?? "";
    if (inCity(a, city)) return;
    expect(
      verdict(`was either round ${a.number} or ${b.number} held in ${city} in ${a.date.value.year}?`),
    ).toBe("No");
  });
});

describe("one organisation at several rounds, asked in Japanese", () => {
  it("says one verdict for the rounds together, as in English", () => {
    const listed = kb.rounds.filter((r) => isKnown(r.participants.JP) && r.participants.JP.value.complete);
    const [a, b] = listed.map((r) => r.number);
    if (a === undefined || b === undefined) return;
    for (const org of [...kb.organisations.values()].filter((o) => o.country === "JP" && o.name.ja)) {
      const en = verdict(`Was ${org.acronym ?? org.name.en} at rounds ${a} and ${b}?`);
      const ja = /^(はい|いいえ|記録されていません)/.exec(
        answerer.ask(`${org.name.ja}は第${a}回と第${b}回に参加しましたか？`).text,
      )?.[1];
      expect(ja, org.id).toBe({ Yes: "はい", No: "いいえ", "Not recorded": "記録されていません" }[en ?? ""]);
    }
  });
});

describe("a claim that an organisation was absent", () => {
  const listed = kb.rounds.filter((r) => isKnown(r.participants.JP) && r.participants.JP.value.complete);
  it.each(listed.map((r) => r.number))(
    "round %i: absent is the opposite of attended (a complete list)",
    (n) => {
      for (const org of [...kb.organisations.values()].filter((o) => o.country === "JP" && o.acronym)) {
        const attended = verdict(`was ${org.acronym} at round ${n}?`);
        const absent = verdict(`${org.acronym} was absent from round ${n}.`);
        expect(absent, org.id).toBe(attended === "Yes" ? "No" : attended === "No" ? "Yes" : attended);
      }
    },
  );
});
