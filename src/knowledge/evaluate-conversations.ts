/**
 * Conversation sets (`conversations*.jsonl`): one conversation a line, {"tag", "turns": [{"q", "all",
 * "none", "intent"?, "locale"?, "short"?}, …]}. Each turn is asked with the previous turn's answer context,
 * through the same path as `ask --json`, and judged like a single question; a conversation passes when every
 * turn passes.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type AnswerJson, toAnswerJson } from "./answer-json.ts";
import type { Answerer, Locale, TurnContext } from "./answer-types.ts";
import { type EvalCase, judge, percent } from "./evaluate.ts";

export interface ConversationTurn extends EvalCase {
  locale?: Locale;
  short?: boolean;
}

export interface Conversation {
  tag: string;
  turns: ConversationTurn[];
  from: string;
}

export interface ConversationResult {
  conversation: Conversation;
  answers: AnswerJson[];
  /** the first failing turn (index) and what failed in it; none when the conversation passed */
  failed?: { turn: number; problems: string[] };
}

export interface ConversationReport {
  results: ConversationResult[];
  passed: number;
  total: number;
  turns: { passed: number; total: number };
  byTag: Map<string, { passed: number; total: number }>;
}

export const isConversationSet = (file: string) => /^conversations.*\.jsonl$/.test(basename(file));

const strings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

function readTurn(raw: unknown, tag: string, from: string): ConversationTurn {
  const t = (raw ?? {}) as Record<string, unknown>;
  if (typeof t.q !== "string") throw new Error('a turn without a "q" string');
  const turn: ConversationTurn = { q: t.q, all: strings(t.all), none: strings(t.none), tag, from };
  if (typeof t.intent === "string") turn.intent = t.intent;
  if (t.locale === "en" || t.locale === "ja") turn.locale = t.locale;
  if (t.short === true) turn.short = true;
  return turn;
}

/** Reads a conversation set; a malformed line is reported, not skipped silently. */
export function readConversations(file: string): { conversations: Conversation[]; errors: string[] } {
  const conversations: Conversation[] = [];
  const errors: string[] = [];
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const from = `${file}:${i + 1}`;
      try {
        const raw = JSON.parse(line) as Record<string, unknown>;
        const tag = typeof raw.tag === "string" ? raw.tag : "untagged";
        if (!Array.isArray(raw.turns) || raw.turns.length === 0) throw new Error('no "turns" list');
        conversations.push({ tag, from, turns: raw.turns.map((t) => readTurn(t, tag, from)) });
      } catch (error) {
        errors.push(`${from}: ${(error as Error).message}`);
      }
    });
  return { conversations, errors };
}

function run(answerer: Answerer, conversation: Conversation, turns: { passed: number; total: number }) {
  const answers: AnswerJson[] = [];
  let failed: ConversationResult["failed"];
  let context: TurnContext | undefined;
  conversation.turns.forEach((turn, i) => {
    const given = answerer.ask(turn.q, {
      ...(turn.locale ? { locale: turn.locale } : {}),
      ...(context ? { context } : {}),
      ...(turn.short ? { short: true } : {}),
    });
    const answer = toAnswerJson(answerer, turn.q, given);
    answers.push(answer);
    context = given.context;
    const problems = judge(turn, answer);
    turns.total++;
    if (problems.length === 0) turns.passed++;
    else failed ??= { turn: i, problems };
  });
  return { conversation, answers, ...(failed ? { failed } : {}) };
}

export function evaluateConversations(answerer: Answerer, conversations: Conversation[]): ConversationReport {
  const turns = { passed: 0, total: 0 };
  const results = conversations.map((c) => run(answerer, c, turns));
  const byTag = new Map<string, { passed: number; total: number }>();
  for (const r of results) {
    const tag = byTag.get(r.conversation.tag) ?? { passed: 0, total: 0 };
    tag.total++;
    if (!r.failed) tag.passed++;
    byTag.set(r.conversation.tag, tag);
  }
  const passed = results.filter((r) => !r.failed).length;
  return { results, passed, total: results.length, turns, byTag };
}

export function formatConversationReport(report: ConversationReport, title: string): string {
  const rate = (p: number, t: number) => `${percent(p, t).toFixed(1)} %`;
  const lines = [
    `${title}: ${report.passed}/${report.total} conversations passed (${rate(report.passed, report.total)}); turns ${report.turns.passed}/${report.turns.total}`,
  ];
  for (const [tag, t] of [...report.byTag.entries()].sort((a, b) => a[0].localeCompare(b[0])))
    lines.push(
      `  ${tag.padEnd(20)} ${String(t.passed).padStart(4)}/${String(t.total).padEnd(4)} ${rate(t.passed, t.total).padStart(7)}`,
    );
  const failures = report.results.filter((r) => r.failed);
  if (failures.length > 0) lines.push("", `Failures (${failures.length}):`);
  for (const f of failures) {
    const turn = f.failed?.turn ?? 0;
    lines.push(
      `✗ [${f.conversation.tag}] ${f.conversation.turns.map((t) => t.q).join(" → ")}  (${f.conversation.from})`,
    );
    lines.push(`    turn ${turn + 1}: ${f.conversation.turns[turn]?.q}`);
    for (const p of f.failed?.problems ?? []) lines.push(`    ${p}`);
    const answer = f.answers[turn];
    lines.push(`    intent: ${answer?.intent}, round: ${answer?.round}`);
    lines.push(
      ...(answer?.answer ?? "")
        .split("\n")
        .slice(0, 10)
        .map((l) => `    | ${l}`),
    );
  }
  return lines.join("\n");
}
