import { describe, expect, it } from "vitest";
import { isStatement } from "../../../src/knowledge/answer/outcomes.ts";
import { isKnown } from "../../../src/knowledge/queries.ts";
import { answerer, ask, kb, understand } from "../fixture.ts";

const withStatement = kb.rounds.filter(isStatement);
const withOtherOutcome = kb.rounds.filter((r) => isKnown(r.outcome) && !isStatement(r));
const withoutOutcome = kb.rounds.filter((r) => !isKnown(r.outcome));

describe("outcomes intent", () => {
  it("reads questions about what a round produced as outcomes, with the round", () => {
    for (const q of ["what did round 3 produce?", "What was the outcome of round 2?", "第3回の成果は？"]) {
      const u = understand(q);
      expect(u.query.intent, q).toBe("outcomes");
    }
    expect(understand("what did round 3 produce?").query.round).toBe(3);
  });
  it("'which round issued a joint statement?': the round found by its outcome, answered with the outcome", () => {
    const [round] = withStatement;
    if (!round) throw new Error("the fixture has a round with a joint statement");
    const single = ask("Which round issued a joint statement?");
    expect(single.answer.intent).toBe("outcomes");
    expect(single.answer.round).toBe(round.number);
    const every = ask("Which rounds produced a joint statement?").text;
    for (const r of withStatement)
      expect(every).toMatch(new RegExp(`joint statement: .*the ${r.number}(?:st|nd|rd|th)`));
    for (const r of withOtherOutcome)
      expect(every.split("\n")[0]).not.toMatch(new RegExp(`the ${r.number}(?:st|nd|rd|th) round`));
  });
  it("a statement said to be signed or drafted by someone: not recorded, never Yes", () => {
    const [round] = withStatement;
    if (!round) throw new Error("the fixture has a round with a joint statement");
    for (const q of [
      `The round ${round.number} joint statement was signed by both co-chairs.`,
      `Was the joint statement of round ${round.number} legally binding?`,
      `第${round.number}回の共同ステートメントには両大使が署名したんですよね？`,
    ])
      expect(ask(q).text, q).toMatch(/^(?:Not recorded — |記録されていません)/);
    expect(ask(`Was a joint statement issued at round ${round.number}?`).text).toMatch(/^Yes/);
  });
  it("a joint statement asked of a round that issued none, or who signed one: not recorded", () => {
    const [other] = withOtherOutcome;
    const [round] = withStatement;
    if (!other || !round) throw new Error("the fixture has rounds with and without a joint statement");
    expect(ask(`The round ${other.number} joint statement — what did it say?`).text).toMatch(
      /^Not recorded — no joint statement/,
    );
    expect(ask(`Who signed the round ${round.number} joint statement?`).text).toMatch(/^Not recorded — /);
  });
  it("does not read topic questions as outcomes", () => {
    for (const q of ["What was discussed at round 2?", "第2回の議題は？", "Was cybercrime discussed?"])
      expect(understand(q).query.intent, q).toBe("topics");
  });
  it("answers with the recorded outcome and its source", () => {
    for (const round of kb.rounds.filter((r) => isKnown(r.outcome))) {
      const { answer, text } = ask(`what did round ${round.number} produce?`);
      expect(answer.intent).toBe("outcomes");
      expect(answer.round).toBe(round.number);
      if (!isKnown(round.outcome)) continue;
      expect(text).toContain(round.outcome.value.en ?? "");
      const cited = round.outcome.evidence.map((e) => e.source);
      expect(answer.sources.map((s) => s.id).some((id) => cited.includes(id))).toBe(true);
    }
  });
  it("confirms a joint statement only where one is recorded", () => {
    for (const round of withStatement) {
      const { answer } = ask(`was a joint statement issued at round ${round.number}?`);
      expect(answer.text).toMatch(/^Yes — /);
    }
    for (const round of [...withOtherOutcome, ...withoutOutcome]) {
      const { answer } = ask(`was a joint statement issued at round ${round.number}?`);
      expect(answer.text, `round ${round.number}`).toMatch(/^Not recorded — /);
      expect(answer.text).not.toMatch(/^Yes/);
    }
  });
  it("says not recorded for a round whose outcome is not recorded, and names no outcome", () => {
    for (const round of withoutOutcome) {
      const { answer } = ask(`What was the outcome of round ${round.number}?`);
      expect(answer.text).toMatch(/not recorded/);
      expect(answer.text).not.toMatch(/Joint Statement/);
    }
  });
  it("lists the outcome of every round when asked across rounds", () => {
    const { answer } = ask("What were the outcomes of each round?");
    expect(answer.intent).toBe("outcomes");
    expect(answer.sections).toHaveLength(kb.rounds.length - withoutOutcome.length);
  });
});

describe("an outcome said of a round already named", () => {
  const withStatement = kb.rounds.filter(
    (r) => isKnown(r.outcome) && /statement/i.test(r.outcome.value.en ?? ""),
  );
  it.each(withStatement.map((r) => ({ n: r.number })))(
    "round $n: 'The Nth round issued a joint statement.' is checked",
    ({ n }) => {
      const nth = `${n}${["st", "nd", "rd"][n - 1] ?? "th"}`;
      expect(answerer.ask(`The ${nth} round issued a joint statement.`).text).toMatch(/^Yes\b/);
      // a round described by its outcome is that round, asked about
      expect(answerer.ask("Who co-chaired the round that issued a joint statement?").round).toBe(n);
    },
  );
});
