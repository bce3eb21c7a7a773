import { describe, expect, it } from "vitest";
import { isKnown, roundsHeldIn } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

describe("intent: rounds, asked in Japanese", () => {
  const byName = new Map(
    kb.rounds.flatMap((r) => (isKnown(r.place) ? [[r.place.value.city.en, r.place.value.city]] : [])),
  );
  const cities = [...byName.values()];
  it.each(cities.filter((c) => c.ja).map((c) => ({ ja: c.ja ?? "", en: c.en ?? "" })))(
    "「$jaで開催されたのは（どの回）？」 lists the rounds held there",
    ({ ja, en }) => {
      for (const q of [`${ja}で開催されたのはどの回？`, `${ja}で開催されたのは？`]) {
        const answer = answerer.ask(q);
        expect(answer.intent).toBe("rounds");
        for (const r of roundsHeldIn(kb, en)) expect(answer.text).toContain(`第${r.number}回`);
      }
    },
  );
});
