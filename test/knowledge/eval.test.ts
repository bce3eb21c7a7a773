/** The evaluation sets through the same path as `ask --json`: the project's set ≥ 98 %, the shared examples all. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, formatReport, percent, readCases } from "../../src/knowledge/evaluate.ts";
import { answerer } from "./fixture.ts";

const PROJECT_SET = fileURLToPath(new URL("../eval/questions.jsonl", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../../shared/eval/examples.jsonl", import.meta.url));
/** Our own held-out style cases: other phrasings than either set, all expected to pass. */
const HELDOUT = fileURLToPath(new URL("./data/heldout.jsonl", import.meta.url));

describe("evaluation", () => {
  it("the project's question set passes at 98 % or more", () => {
    const { cases, errors } = readCases(PROJECT_SET);
    expect(errors).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(360);
    const report = evaluate(answerer, cases);
    expect(percent(report.passed, report.total), formatReport(report, PROJECT_SET)).toBeGreaterThanOrEqual(
      98,
    );
  });

  it("our own held-out style cases all pass", () => {
    const { cases, errors } = readCases(HELDOUT);
    expect(errors).toEqual([]);
    const report = evaluate(answerer, cases);
    expect(report.passed, formatReport(report, HELDOUT)).toBe(report.total);
  });

  it.skipIf(!existsSync(EXAMPLES))("every shared example passes", () => {
    const { cases, errors } = readCases(EXAMPLES);
    expect(errors).toEqual([]);
    const report = evaluate(answerer, cases);
    expect(report.passed, formatReport(report, EXAMPLES)).toBe(report.total);
  });
});
