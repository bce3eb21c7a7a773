import { describe, expect, it } from "vitest";
import { cochairsOf } from "../../../../src/knowledge/queries.ts";
import { counterpart } from "../../../../src/knowledge/understand/steps/counterpart.ts";
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
  it("leaves a question about the person alone", () => {
    const name = pairs[0]?.person.name.en ?? "";
    expect(scanUpTo(`Who is ${name}?`, counterpart).scan.query.intent).toBe("person");
  });
});
