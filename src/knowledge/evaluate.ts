/**
 * The evaluation: question sets (JSON lines: q, all, none, tag, intent) run through the same path as
 * `ask --json` (answerJson), judged on the `answer` text with case-insensitive Unicode regexes.
 */
import { readFileSync } from "node:fs";
import { type AnswerJson, answerJson } from "./answer-json.ts";
import type { Answerer } from "./answer-types.ts";

export interface EvalCase {
  q: string;
  all: string[];
  none: string[];
  tag: string;
  intent?: string;
  /** where the case comes from: file and line */
  from: string;
}

export interface EvalResult {
  case: EvalCase;
  answer: AnswerJson;
  /** what failed, empty when the case passed */
  problems: string[];
}

export interface EvalReport {
  results: EvalResult[];
  passed: number;
  total: number;
  byTag: Map<string, { passed: number; total: number }>;
}

/** Reads a JSON-lines question set; a malformed line is reported, not skipped silently. */
export function readCases(file: string): { cases: EvalCase[]; errors: string[] } {
  const cases: EvalCase[] = [];
  const errors: string[] = [];
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const from = `${file}:${i + 1}`;
    try {
      const raw = JSON.parse(line) as Record<string, unknown>;
      if (typeof raw.q !== "string") throw new Error('no "q" string');
      const list = (value: unknown) =>
        Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
      cases.push({
        q: raw.q,
        all: list(raw.all),
        none: list(raw.none),
        tag: typeof raw.tag === "string" ? raw.tag : "untagged",
        ...(typeof raw.intent === "string" ? { intent: raw.intent } : {}),
        from,
      });
    } catch (error) {
      errors.push(`${from}: ${(error as Error).message}`);
    }
  });
  return { cases, errors };
}

export function judge(c: EvalCase, answer: AnswerJson): string[] {
  const problems: string[] = [];
  for (const pattern of c.all) {
    try {
      if (!new RegExp(pattern, "iu").test(answer.answer)) problems.push(`missing /${pattern}/`);
    } catch {
      problems.push(`bad regex /${pattern}/`);
    }
  }
  for (const pattern of c.none) {
    try {
      if (new RegExp(pattern, "iu").test(answer.answer)) problems.push(`must not match /${pattern}/`);
    } catch {
      problems.push(`bad regex /${pattern}/`);
    }
  }
  if (c.intent !== undefined && c.intent !== answer.intent)
    problems.push(`intent ${answer.intent}, expected ${c.intent}`);
  return problems;
}

export function evaluate(answerer: Answerer, cases: EvalCase[]): EvalReport {
  const results = cases.map((c) => {
    const answer = answerJson(answerer, c.q);
    return { case: c, answer, problems: judge(c, answer) };
  });
  const byTag = new Map<string, { passed: number; total: number }>();
  for (const r of results) {
    const tag = byTag.get(r.case.tag) ?? { passed: 0, total: 0 };
    tag.total++;
    if (r.problems.length === 0) tag.passed++;
    byTag.set(r.case.tag, tag);
  }
  const passed = results.filter((r) => r.problems.length === 0).length;
  return { results, passed, total: results.length, byTag };
}

export const percent = (passed: number, total: number) => (total === 0 ? 100 : (100 * passed) / total);

export function formatReport(report: EvalReport, title: string): string {
  const lines: string[] = [];
  lines.push(
    `${title}: ${report.passed}/${report.total} passed (${percent(report.passed, report.total).toFixed(1)} %)`,
  );
  for (const [tag, t] of [...report.byTag.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(
      `  ${tag.padEnd(20)} ${String(t.passed).padStart(4)}/${String(t.total).padEnd(4)} ${percent(t.passed, t.total).toFixed(1).padStart(5)} %`,
    );
  }
  const failures = report.results.filter((r) => r.problems.length > 0);
  if (failures.length > 0) {
    lines.push("", `Failures (${failures.length}):`);
    for (const f of failures) {
      lines.push(`✗ [${f.case.tag}] ${f.case.q}  (${f.case.from})`);
      for (const p of f.problems) lines.push(`    ${p}`);
      lines.push(`    intent: ${f.answer.intent}, round: ${f.answer.round}`);
      lines.push(
        ...f.answer.answer
          .split("\n")
          .slice(0, 12)
          .map((l) => `    | ${l}`),
      );
    }
  }
  return lines.join("\n");
}
