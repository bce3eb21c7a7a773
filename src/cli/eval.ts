/**
 * npm run eval [-- [--min 98] more.jsonl …]
 * Runs test/eval/questions.jsonl (and any other sets given) through the same path as `ask --json`,
 * prints pass rates overall and by tag and every failure; exit 1 below the bar (default 98 %).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createAnswerer } from "../knowledge/answerer.ts";
import { formatKbError } from "../knowledge/errors.ts";
import { evaluate, formatReport, percent, readCases } from "../knowledge/evaluate.ts";
import { knowledgeBaseDir } from "../knowledge/kb-dir.ts";
import { loadKnowledgeBase } from "../knowledge/load.ts";

const DEFAULT_SET = fileURLToPath(new URL("../../test/eval/questions.jsonl", import.meta.url));

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
  const sets = [DEFAULT_SET, ...files];
  const loaded = loadKnowledgeBase(knowledgeBaseDir());
  if (!loaded.ok) {
    console.error(`Cannot load the knowledge base:\n${loaded.errors.map(formatKbError).join("\n")}`);
    return 1;
  }
  const answerer = createAnswerer(loaded.kb);
  let failed = false;
  for (const file of sets) {
    if (!existsSync(file)) {
      console.error(`${file}: not found`);
      failed = true;
      continue;
    }
    const { cases, errors } = readCases(file);
    for (const error of errors) console.error(`malformed line: ${error}`);
    const started = performance.now();
    const report = evaluate(answerer, cases);
    const ms = performance.now() - started;
    console.log(formatReport(report, file));
    console.log(`  (${cases.length} questions in ${ms.toFixed(0)} ms)\n`);
    if (errors.length > 0 || percent(report.passed, report.total) < min) failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
