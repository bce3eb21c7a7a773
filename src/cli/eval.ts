/**
 * npm run eval [-- [--min 98] set.jsonl …]
 * With no sets named, runs every `test/eval/*.jsonl`; with sets named, just those. Each set goes through
 * the same path as `ask --json` (a `conversations*.jsonl` set turn by turn, each turn with the previous
 * turn's context) and is reported separately (overall, by tag, every failure), then a total;
 * exit 1 when any set is below the bar (default 98 %) or has a malformed line.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Answerer } from "../knowledge/answer-types.ts";
import { createAnswerer } from "../knowledge/answerer.ts";
import { formatKbError } from "../knowledge/errors.ts";
import { evaluate, formatReport, percent, readCases } from "../knowledge/evaluate.ts";
import {
  evaluateConversations,
  formatConversationReport,
  isConversationSet,
  readConversations,
} from "../knowledge/evaluate-conversations.ts";
import { knowledgeBaseDir } from "../knowledge/kb-dir.ts";
import { loadKnowledgeBase } from "../knowledge/load.ts";

const EVAL_DIR = fileURLToPath(new URL("../../test/eval/", import.meta.url));

/** Every question set in test/eval, in name order. */
function defaultSets(): string[] {
  return readdirSync(EVAL_DIR)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .map((name) => join(EVAL_DIR, name));
}

/** One set, single questions or conversations (`conversations*.jsonl`), reported; its counts. */
function runSet(answerer: Answerer, file: string, name: string) {
  const started = performance.now();
  if (isConversationSet(file)) {
    const { conversations, errors } = readConversations(file);
    for (const error of errors) console.error(`malformed line: ${error}`);
    const report = evaluateConversations(answerer, conversations);
    console.log(formatConversationReport(report, name));
    console.log(
      `  (${conversations.length} conversations in ${(performance.now() - started).toFixed(0)} ms)\n`,
    );
    return { passed: report.passed, total: report.total, errors };
  }
  const { cases, errors } = readCases(file);
  for (const error of errors) console.error(`malformed line: ${error}`);
  const report = evaluate(answerer, cases);
  console.log(formatReport(report, name));
  console.log(`  (${cases.length} questions in ${(performance.now() - started).toFixed(0)} ms)\n`);
  return { passed: report.passed, total: report.total, errors };
}

function main(): number {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  let min = 98;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--min" || arg.startsWith("--min=")) {
      const value = Number(arg.includes("=") ? arg.slice(6) : args[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 100) {
        console.error("--min takes a percentage, e.g. --min 98");
        return 2;
      }
      min = value;
    } else files.push(arg);
  }
  const sets = files.length > 0 ? files : defaultSets();
  const loaded = loadKnowledgeBase(knowledgeBaseDir());
  if (!loaded.ok) {
    console.error(`Cannot load the knowledge base:\n${loaded.errors.map(formatKbError).join("\n")}`);
    return 1;
  }
  const answerer = createAnswerer(loaded.kb);
  let failed = false;
  let passed = 0;
  let total = 0;
  const summary: string[] = [];
  for (const file of sets) {
    if (!existsSync(file)) {
      console.error(`${file}: not found`);
      failed = true;
      continue;
    }
    const name = relative(process.cwd(), file) || file;
    const report = runSet(answerer, file, name);
    passed += report.passed;
    total += report.total;
    const rate = percent(report.passed, report.total);
    summary.push(`  ${name}: ${report.passed}/${report.total} (${rate.toFixed(1)} %)`);
    if (report.errors.length > 0 || rate < min) failed = true;
  }
  if (sets.length > 1) {
    console.log(`Total: ${passed}/${total} passed (${percent(passed, total).toFixed(1)} %)`);
    console.log(summary.join("\n"));
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
