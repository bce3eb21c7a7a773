import { describe, expect, it } from "vitest";
import type { Side } from "../../../src/knowledge/answer-types.ts";
import { moreThan, participantCount } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";

const verdict = (q: string) =>
  /^(Yes|No|Not recorded)\b|^(はい|いいえ|記録されていません)/.exec(answerer.ask(q).text)?.[0];
const WORD = { yes: "Yes", no: "No", unrecorded: "Not recorded" } as const;
const WORD_JA = { yes: "はい", no: "いいえ", unrecorded: "記録されていません" } as const;
const sides: (Side | undefined)[] = [undefined, "JP", "AU"];
const adjective = (side: Side | undefined) =>
  side === "JP" ? "Japanese " : side === "AU" ? "Australian " : "";
const sideJa = (side: Side | undefined) => (side === "JP" ? "日本側の" : side === "AU" ? "豪州側の" : "");

describe("claim: one round had more (or fewer) participants than another", () => {
  const pairs = kb.rounds.flatMap((a) => kb.rounds.filter((b) => b !== a).map((b) => [a, b] as const));
  it.each(pairs.map(([a, b]) => [a.number, b.number, a, b] as const))("rounds %i and %i", (_x, _y, a, b) => {
    for (const side of sides) {
      const [ca, cb] = [participantCount(kb, a, side), participantCount(kb, b, side)];
      const more = moreThan(ca, cb);
      const fewer = moreThan(cb, ca);
      const what = `${adjective(side)}agencies`;
      expect(verdict(`Round ${a.number} had more ${what} than round ${b.number}.`)).toBe(WORD[more]);
      expect(verdict(`Were there fewer ${what} at round ${a.number} than at round ${b.number}?`)).toBe(
        WORD[fewer],
      );
      expect(verdict(`第${a.number}回は第${b.number}回より${sideJa(side)}参加機関が多かったですか？`)).toBe(
        WORD_JA[more],
      );
    }
  });
  it("a partial list is a lower bound: it decides only when the other count settles it", () => {
    const full = (total: number) => ({ total, known: true, complete: true, evidence: [] });
    const part = (total: number) => ({ total, known: true, complete: false, evidence: [] });
    const unknown = { total: 0, known: false, complete: false, evidence: [] };
    expect(moreThan(full(5), full(4))).toBe("yes");
    expect(moreThan(full(4), full(4))).toBe("no");
    expect(moreThan(part(5), full(4))).toBe("yes");
    expect(moreThan(part(3), full(4))).toBe("unrecorded");
    expect(moreThan(full(4), part(4))).toBe("no");
    expect(moreThan(full(5), part(4))).toBe("unrecorded");
    expect(moreThan(part(9), part(1))).toBe("unrecorded");
    expect(moreThan(unknown, full(1))).toBe("unrecorded");
  });
});
