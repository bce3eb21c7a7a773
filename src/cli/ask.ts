/**
 * npm run ask -- [--json] [--short] [--locale ja|en] "question"
 * Without --json: the answer as a person reads it. With --json: one JSON object per question; with no
 * question, one question per line from stdin, one JSON object per line, in order; a line may be a JSON object
 * `{"question": "…", "session": "id", "locale": "ja"}`, a question in that session (ask-sessions.ts).
 * --short: only the first line of each answer and one source.
 */
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { toAnswerJson } from "../knowledge/answer-json.ts";
import type { AskOptions, Locale } from "../knowledge/answer-types.ts";
import { createAnswerer } from "../knowledge/answerer.ts";
import { formatKbError } from "../knowledge/errors.ts";
import { knowledgeBaseDir } from "../knowledge/kb-dir.ts";
import { loadKnowledgeBase } from "../knowledge/load.ts";
import { AskSessions } from "./ask-sessions.ts";

interface Options {
  json: boolean;
  /** only the first line of the answer and one source */
  short: boolean;
  locale?: Locale;
  question: string[];
}

export function parseArgs(argv: string[]): Options | { error: string } {
  const options: Options = { json: false, short: false, question: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") options.json = true;
    else if (arg === "--short") options.short = true;
    else if (arg === "--locale" || arg.startsWith("--locale=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (value !== "en" && value !== "ja")
        return { error: `--locale must be "en" or "ja", not ${JSON.stringify(value)}` };
      options.locale = value;
    } else if (arg === "--") continue;
    else if (arg === "--help" || arg === "-h") return { error: "usage" };
    else options.question.push(arg);
  }
  return options;
}

const USAGE =
  'usage: npm run ask -- [--json] [--short] [--locale ja|en] "question"   (--json with no question reads stdin)';

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if ("error" in options) {
    console.error(options.error === "usage" ? USAGE : `${options.error}\n${USAGE}`);
    return options.error === "usage" ? 0 : 2;
  }
  const loaded = loadKnowledgeBase(knowledgeBaseDir());
  if (!loaded.ok) {
    console.error(`Cannot load the knowledge base:\n${loaded.errors.map(formatKbError).join("\n")}`);
    return 1;
  }
  const answerer = createAnswerer(loaded.kb);
  const question = options.question.join(" ");
  if (options.json && options.question.length === 0) {
    const sessions = new AskSessions(answerer, { locale: options.locale, short: options.short });
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) process.stdout.write(`${JSON.stringify(sessions.answer(line))}\n`);
    return 0;
  }
  const askOptions: AskOptions = options.short ? { short: true } : {};
  if (options.locale) askOptions.locale = options.locale;
  if (options.json) {
    const answer = answerer.ask(question, askOptions);
    process.stdout.write(`${JSON.stringify(toAnswerJson(answerer, question, answer))}\n`);
    return 0;
  }
  if (!question.trim()) {
    console.error(USAGE);
    return 2;
  }
  const answer = answerer.ask(question, askOptions);
  process.stdout.write(`${answerer.renderText(answer)}\n`);
  return 0;
}

const runDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (runDirectly) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
