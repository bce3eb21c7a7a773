/** kb:gaps: what people asked that the knowledge base could not answer, by intent and topic. */
import type { GapRecord } from "./classify.ts";

export interface GapGroup {
  intent: string;
  topic: string;
  count: number;
  refused: number;
  last: string;
  examples: string[];
}

export function summariseGaps(records: readonly GapRecord[]): GapGroup[] {
  const groups = new Map<string, GapGroup>();
  for (const r of records) {
    const key = `${r.intent}\u0000${r.topic}`;
    const group = groups.get(key) ?? {
      intent: r.intent,
      topic: r.topic,
      count: 0,
      refused: 0,
      last: r.time,
      examples: [],
    };
    group.count++;
    if (r.verdict === "refused") group.refused++;
    if (r.time > group.last) group.last = r.time;
    if (group.examples.length < 3 && !group.examples.includes(r.question)) group.examples.push(r.question);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || a.intent.localeCompare(b.intent) || a.topic.localeCompare(b.topic),
  );
}

export function formatGapSummary(records: readonly GapRecord[]): string {
  if (records.length === 0) return "No unanswered questions recorded.";
  const groups = summariseGaps(records);
  const byIntent = new Map<string, number>();
  for (const g of groups) byIntent.set(g.intent, (byIntent.get(g.intent) ?? 0) + g.count);
  const lines = [
    `${records.length} unanswered question(s) (not recorded or refused), ${records[0]?.time.slice(0, 10)} to ${records.at(-1)?.time.slice(0, 10)}`,
    "",
    "By intent:",
    ...[...byIntent]
      .sort((a, b) => b[1] - a[1])
      .map(([intent, n]) => `  ${String(n).padStart(5)}  ${intent}`),
    "",
    "By intent and topic:",
  ];
  for (const g of groups) {
    const refused = g.refused ? ` (${g.refused} refused)` : "";
    lines.push(
      `  ${String(g.count).padStart(5)}  ${g.intent} · ${g.topic}${refused}, last ${g.last.slice(0, 10)}`,
    );
    for (const q of g.examples) lines.push(`           e.g. “${q}”`);
  }
  return lines.join("\n");
}
