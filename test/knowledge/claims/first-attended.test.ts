import { describe, expect, it } from "vitest";
import { answerer, kb } from "../fixture.ts";

const verdict = (q: string) => /^(Yes|No|Not recorded)\b/.exec(answerer.ask(q).text)?.[0] ?? "(none)";
const orgs = [...kb.organisations.values()].filter((o) => o.acronym && !o.acronym.includes("&"));
const held = kb.rounds.filter((r) => r.number <= 3).map((r) => r.number);

describe("an organisation said to have first taken part at a round", () => {
  it.each(orgs.map((o) => o.acronym ?? ""))("%s: the same as asking about each round up to it", (acronym) => {
    const at = (n: number) => verdict(`Was ${acronym} at round ${n}?`);
    for (const n of held) {
      const before = held.filter((k) => k < n).map(at);
      const expected =
        at(n) !== "Yes"
          ? at(n)
          : before.includes("Yes")
            ? "No"
            : before.includes("Not recorded")
              ? "Not recorded"
              : "Yes";
      expect(verdict(`Did ${acronym} first take part in round ${n}?`), `round ${n}`).toBe(expected);
    }
  });
  it("'the first round' is a round named, not a first time", () => {
    expect(verdict("Was NISC at the first round?")).toBe(verdict("Was NISC at round 1?"));
  });
});
