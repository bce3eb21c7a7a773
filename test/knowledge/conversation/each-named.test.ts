import { describe, expect, it } from "vitest";
import { personName } from "../../../src/knowledge/answer/format.ts";
import { answerer, kb } from "../fixture.ts";

const people = [...kb.people.values()].filter((p) => p.name.en && p.aliases?.length);
const terms = kb.glossary.filter((t) => t.term.length >= 3);
const family = (p: (typeof people)[number]) => p.name.en?.split(" ").at(-1) ?? "";

describe("several people or terms named together", () => {
  it("answers who each person is, in the order named", () => {
    const [a, b] = people.slice(0, 2);
    if (!a || !b) return;
    const answer = answerer.ask(`Who are ${family(a)} and ${family(b)}?`);
    expect(answer.intent).toBe("person");
    const first = answer.text.indexOf(personName(a, "en"));
    const second = answer.text.indexOf(personName(b, "en"));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    // the other order names them the other way round
    const swapped = answerer.ask(`Who are ${family(b)} and ${family(a)}?`);
    expect(swapped.text.indexOf(personName(b, "en"))).toBeLessThan(swapped.text.indexOf(personName(a, "en")));
  });

  it("answers what each term means", () => {
    const [a, b] = terms;
    if (!a || !b) return;
    const answer = answerer.ask(`What are ${a.term} and ${b.term}?`);
    expect(answer.intent).toBe("glossary");
    expect(answer.text).toMatch(new RegExp(`^1\\. .*${a.term}`, "m"));
    expect(answer.text).toMatch(new RegExp(`^2\\. .*${b.term}`, "m"));
  });

  it("in Japanese, in the order named", () => {
    const [a, b] = people.filter((p) => p.name.ja);
    if (!a?.name.ja || !b?.name.ja) return;
    const answer = answerer.ask(`${a.name.ja}氏と${b.name.ja}氏は誰？`);
    expect(answer.text.indexOf(a.name.ja)).toBeLessThan(answer.text.indexOf(b.name.ja));
    expect(answer.text).toMatch(/^2\. /m);
  });

  it("leaves one name, and yes/no questions about several, as they were", () => {
    const [a, b] = people;
    if (!a || !b) return;
    expect(answerer.ask(`Who is ${family(a)}?`).text).not.toMatch(/^1\. /);
    expect(answerer.ask(`Were ${family(a)} and ${family(b)} co-chairs?`).text).not.toMatch(/^1\. /);
  });
});
