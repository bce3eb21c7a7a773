import { describe, expect, it } from "vitest";
import { cochairsOf } from "../../../../src/knowledge/queries.ts";
import { counterpart } from "../../../../src/knowledge/understand/steps/counterpart.ts";
import { converse } from "../../conversation/converse.ts";
import { kb } from "../../fixture.ts";
import { scanUpTo } from "./helpers.ts";

const pairs = kb.rounds.flatMap((r) => {
  const chairs = cochairsOf(kb, r);
  return chairs.length === 2 ? chairs.map((c) => ({ round: r.number, person: c.person, side: c.side })) : [];
});

describe("step: a counterpart", () => {
  it.each(pairs.map((p) => ({ ...p, name: p.person.name.en ?? "" })))(
    "$name's counterpart is the other side's co-chair of round $round",
    ({ name, round, side }) => {
      const { scan } = scanUpTo(`Who was ${name}'s counterpart?`, counterpart);
      expect(scan.query).toMatchObject({ intent: "cochairs", round, side: side === "JP" ? "AU" : "JP" });
    },
  );
  it("an organisation's counterpart is a question about the organisation, not a co-chair", () => {
    const org = [...kb.organisations.values()].find((o) => o.country === "AU" && o.acronym);
    if (!org?.acronym) throw new Error("the fixture has an Australian organisation with an acronym");
    expect(
      scanUpTo(`What is the Japanese counterpart of ${org.acronym}?`, counterpart).scan.query.intent,
    ).toBe("glossary");
  });
  it("'and the Japanese counterpart?' after a co-chair asks the other side's co-chair of that round", () => {
    const pair = pairs.find((p) => p.side === "AU");
    if (!pair) throw new Error("the fixture has a round with both co-chairs");
    const [, , answer] = converse([
      `Who was the Australian co-chair of round ${pair.round}?`,
      "his title?",
      "and the japanese counterpart?",
    ]);
    const other = pairs.find((p) => p.round === pair.round && p.side === "JP");
    expect(answer?.intent).toBe("cochairs");
    expect(answer?.text).toContain(other?.person.name.en ?? "");
  });
  it("leaves a question about the person alone", () => {
    const name = pairs[0]?.person.name.en ?? "";
    expect(scanUpTo(`Who is ${name}?`, counterpart).scan.query.intent).toBe("person");
  });
});
