import { describe, expect, it } from "vitest";
import { cochairsOf, participantCount, roleAt, SIDES } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const verdict = (q: string) =>
  /^(Yes|No|Not recorded)\b|^(はい|いいえ|記録されていません)/.exec(answerer.ask(q).text)?.[0];
const adjective = { JP: "Japanese", AU: "Australian" } as const;

/** For each side and organisation: No if a recorded co-chair was from elsewhere; else unsure if one is unrecorded. */
function expected(side: "JP" | "AU", organisation: string): string {
  const chairs = kb.rounds.map((r) => ({ r, chair: cochairsOf(kb, r).find((c) => c.side === side) }));
  if (chairs.some(({ r, chair }) => chair && roleAt(chair.person, r.number)?.organisation !== organisation))
    return "No";
  return chairs.some(({ chair }) => !chair) ? "Not recorded" : "Yes";
}

describe("every co-chair of a side at once", () => {
  const organisations = [...kb.organisations.values()].filter((o) => o.acronym);
  const cases = SIDES.flatMap((side) =>
    organisations.map((o) => ({ side, id: o.id, acronym: o.acronym ?? "" })),
  );
  it.each(cases)("were all the $side co-chairs from $acronym?", ({ side, id, acronym }) => {
    expect(verdict(`Were all the ${adjective[side]} co-chairs from ${acronym}?`)).toBe(expected(side, id));
  });

  it("never says Yes while a round's co-chair of that side is not recorded", () => {
    for (const side of SIDES) {
      const unrecorded = kb.rounds.some((r) => !cochairsOf(kb, r).some((c) => c.side === side));
      const chairs = kb.rounds.flatMap((r) => cochairsOf(kb, r).filter((c) => c.side === side));
      const title = chairs[0] ? roleAt(chairs[0].person, undefined)?.title.en : undefined;
      if (!unrecorded || !title) continue;
      expect(verdict(`Was every ${adjective[side]} co-chair the ${title}?`)).not.toBe("Yes");
    }
  });
});

describe("'on record' limits 'every' to what the record names", () => {
  it.each(SIDES)("every %s co-chair on record from their recorded organisation is Yes", (side) => {
    const chairs = kb.rounds.flatMap((r) =>
      cochairsOf(kb, r)
        .filter((c) => c.side === side)
        .map((c) => roleAt(c.person, r.number)?.organisation),
    );
    const orgs = new Set(chairs);
    const only = orgs.size === 1 ? [...orgs][0] : undefined;
    const acronym = only ? kb.organisations.get(only)?.acronym : undefined;
    if (!acronym) return;
    expect(verdict(`Were all the ${adjective[side]} co-chairs on record from ${acronym}?`)).toBe("Yes");
  });
});

describe("a claim about the holder of a title at a round", () => {
  const cases = kb.rounds.flatMap((r) =>
    cochairsOf(kb, r).flatMap((c) => {
      const role = roleAt(c.person, r.number);
      return role?.title.en && role.organisation
        ? [{ n: r.number, title: role.title.en, org: role.organisation }]
        : [];
    }),
  );
  it.each(cases)(
    "the $title at round $n: from its own organisation Yes, from another No",
    ({ n, title, org }) => {
      const own = kb.organisations.get(org)?.acronym;
      const other = [...kb.organisations.values()].find((o) => o.id !== org && o.acronym)?.acronym;
      if (!own || !other) return;
      expect(verdict(`Was the ${title} at round ${n} from ${own}?`)).toBe("Yes");
      expect(verdict(`Was the ${title} at round ${n} from ${other}?`)).toBe("No");
    },
  );
});

describe("a post at a round that is another recorded post", () => {
  it("is No at a round whose title is recorded; without a round it stays not recorded", () => {
    const titled = kb.rounds.flatMap((r) =>
      cochairsOf(kb, r).flatMap((c) => {
        const role = roleAt(c.person, r.number);
        return role?.title.en ? [{ n: r.number, name: c.person.name.en ?? "", title: role.title.en }] : [];
      }),
    );
    const a = titled.find((t) => /^Ambassador/.test(t.title));
    const b = titled.find((t) => /^Assistant Secretary/.test(t.title));
    if (!a || !b) return;
    expect(verdict(`Was ${a.name} an Assistant Secretary at round ${a.n}?`)).toBe("No");
    expect(verdict(`Was ${b.name} an ambassador at round ${b.n}?`)).toBe("No");
    expect(verdict(`Was ${b.name} an ambassador?`)).toBe("Not recorded");
  });
});

describe("a person co-chairing more than one round", () => {
  const people = [...new Set(kb.rounds.flatMap((r) => cochairsOf(kb, r).map((c) => c.person)))];
  it.each(people.map((p) => ({ name: p.name.en ?? "", id: p.id, country: p.country })))(
    "$name",
    ({ name, id, country }) => {
      const times = kb.rounds.filter((r) => cochairsOf(kb, r).some((c) => c.person.id === id)).length;
      const unknown = kb.rounds.some((r) => !cochairsOf(kb, r).some((c) => c.side === country));
      expect(verdict(`${name} co-chaired more than one round?`)).toBe(
        times > 1 ? "Yes" : unknown ? "Not recorded" : "No",
      );
    },
  );
});

describe("a person co-chairing another round", () => {
  const people = [...new Set(kb.rounds.flatMap((r) => cochairsOf(kb, r).map((c) => c.person)))];
  const chairedBy = (id: string) =>
    kb.rounds.filter((r) => cochairsOf(kb, r).some((c) => c.person.id === id)).map((r) => r.number);
  /** Yes when chaired a round outside `except`; else not recorded while such a round's co-chair is unknown. */
  const expectedOther = (id: string, country: string, except: number[]) => {
    if (chairedBy(id).some((n) => !except.includes(n))) return "Yes";
    const unknown = kb.rounds.some(
      (r) => !except.includes(r.number) && !cochairsOf(kb, r).some((c) => c.side === country),
    );
    return unknown ? "Not recorded" : "No";
  };
  it.each(people.map((p) => ({ name: p.name.en ?? "", id: p.id, country: p.country })))(
    "$name, any other round and a round other than each round",
    ({ name, id, country }) => {
      expect(verdict(`Did ${name} co-chair any other round?`)).toBe(
        expectedOther(id, country, chairedBy(id)),
      );
      for (const round of kb.rounds.filter((r) => r.number <= 3)) {
        expect(verdict(`Did ${name} co-chair any round other than round ${round.number}?`)).toBe(
          expectedOther(id, country, [round.number]),
        );
      }
    },
  );
});

describe("every co-chair of the rounds named", () => {
  const titled = (side: "JP" | "AU", n: number) => {
    const round = kb.rounds.find((r) => r.number === n);
    const chair = round ? cochairsOf(kb, round).find((c) => c.side === side) : undefined;
    return chair ? roleAt(chair.person, n)?.title.en : undefined;
  };
  it.each(SIDES.map((side) => ({ side })))(
    "$side: a title said of each round named is checked at each",
    ({ side }) => {
      const named = kb.rounds
        .filter((r) => titled(side, r.number))
        .map((r) => r.number)
        .slice(0, 3);
      const [a, b] = named;
      if (a === undefined || b === undefined) return;
      const title = titled(side, a) ?? "";
      const expectedVerdict = named.every((n) => titled(side, n) === title) ? "Yes" : "No";
      const list = `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
      expect(
        verdict(`Did the ${adjective[side]} co-chairs at rounds ${list} all hold the title ${title}?`),
      ).toBe(expectedVerdict);
      expect(verdict(`Were the ${adjective[side]} co-chairs at rounds ${a} and ${b} both ${title}s?`)).toBe(
        titled(side, b) === title ? "Yes" : "No",
      );
    },
  );
});

describe("one count said of each of two rounds ('rounds 2 and 3 both had 4 Australian agencies')", () => {
  it("is Yes only when both counts are recorded as said", () => {
    const full = kb.rounds.filter((r) => {
      const c = participantCount(kb, r, "AU");
      return c.known && c.complete;
    });
    const [a, b] = full;
    if (!a || !b) throw new Error("the fixture has two rounds with complete Australian lists");
    const [ca, cb] = [participantCount(kb, a, "AU").total, participantCount(kb, b, "AU").total];
    const verdict = (q: string) => /^(Yes|Not recorded|No)\b/.exec(answerer.ask(q).text)?.[1];
    expect(verdict(`Rounds ${a.number} and ${b.number} both had ${ca} Australian agencies, right?`)).toBe(
      ca === cb ? "Yes" : "No",
    );
    expect(verdict(`Rounds ${a.number} and ${b.number} both had ${ca + 1} Australian agencies, right?`)).toBe(
      "No",
    );
  });
});
