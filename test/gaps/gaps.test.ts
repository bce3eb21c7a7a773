/** Unanswered questions: which answers are gaps, the bounded store, the summary, and the kb:gaps command. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gapOf, scrub } from "../../src/gaps/classify.ts";
import { noteGap, resetGapStore } from "../../src/gaps/hook.ts";
import { GapStore, gapStoreFromEnv } from "../../src/gaps/store.ts";
import { formatGapSummary, summariseGaps } from "../../src/gaps/summary.ts";
import { answerer, kb } from "../knowledge/fixture.ts";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "dialogue-desk-gaps-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  delete process.env.GAPS_DIR;
  process.env.GAPS_LOG = "off";
  resetGapStore();
});

describe("which answers are gaps", () => {
  it("'not recorded' and refused answers are; answered ones, help and empty questions are not", () => {
    const unknownRound = kb.rounds.find((r) => r.held.status === "unknown");
    const missing = gapOf(answerer.ask(`Who co-chaired round ${unknownRound?.number ?? 4}?`));
    expect(missing).toMatchObject({ verdict: "not_recorded", intent: "cochairs" });
    expect(missing?.topic).toMatch(/^round \d+$/);
    expect(gapOf(answerer.ask("What is the weather in Tokyo?"))).toMatchObject({
      verdict: "refused",
      intent: "unknown",
    });
    expect(gapOf(answerer.ask("Who co-chaired the 2nd round?"))).toBeUndefined();
    expect(gapOf(answerer.ask("help"))).toBeUndefined();
    expect(gapOf(answerer.ask(""))).toBeUndefined();
  });

  it("keeps no user, channel or server ids", () => {
    expect(
      scrub(
        "<@123456789012345678> did <#223456789012345678> <@&323456789012345678> 423456789012345678 attend?",
      ),
    ).toBe("did attend?");
    const gap = gapOf(answerer.ask("<@123456789012345678> was ransomware discussed?"));
    expect(JSON.stringify(gap)).not.toMatch(/\d{15,}/);
    expect(Object.keys(gap ?? {}).sort()).toEqual([
      "intent",
      "locale",
      "question",
      "time",
      "topic",
      "verdict",
    ]);
  });
});

describe("the store", () => {
  it("is bounded: it rotates to one older file at its size limit", () => {
    const dir = tempDir();
    const store = new GapStore({ dir, maxBytes: 2_000 });
    const gap = gapOf(answerer.ask("Was ransomware discussed?"));
    if (!gap) throw new Error("expected a gap");
    for (let i = 0; i < 100; i++) store.record({ ...gap, question: `${gap.question} ${i}` });
    expect(statSync(store.file).size).toBeLessThanOrEqual(2_000);
    expect(statSync(join(dir, "gaps.1.jsonl")).size).toBeLessThanOrEqual(2_000);
    const kept = store.read();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(100);
    expect(kept.at(-1)?.question).toMatch(/ 99$/);
  });

  it("is off with GAPS_LOG=off (as in tests), on otherwise, in GAPS_DIR", () => {
    expect(gapStoreFromEnv({ GAPS_LOG: "off" })).toBeUndefined();
    const dir = tempDir();
    expect(gapStoreFromEnv({ GAPS_DIR: dir })?.file).toBe(join(dir, "gaps.jsonl"));
    expect(noteGap({ kind: "answer", answer: answerer.ask("Was ransomware discussed?") })).toBe(false);
  });

  it("the hook records gaps where answers are given, when turned on", () => {
    const dir = tempDir();
    process.env.GAPS_LOG = "on";
    process.env.GAPS_DIR = dir;
    resetGapStore();
    expect(noteGap({ kind: "answer", answer: answerer.ask("Was ransomware discussed?") })).toBe(true);
    expect(noteGap({ kind: "answer", answer: answerer.ask("Who co-chaired the 2nd round?") })).toBe(false);
    expect(noteGap({ kind: "search" })).toBe(false);
    expect(new GapStore({ dir }).read()).toHaveLength(1);
  });
});

describe("kb:gaps", () => {
  it("summarises by intent and topic, most asked first", () => {
    const questions = [
      "Was ransomware discussed?",
      "Did they talk about ransomware?",
      "What is the weather in Tokyo?",
    ];
    const records = questions.map((q) => gapOf(answerer.ask(q))).filter((g) => g !== undefined);
    const groups = summariseGaps(records);
    expect(groups[0]?.count).toBeGreaterThanOrEqual(groups.at(-1)?.count ?? 0);
    expect(groups.map((g) => g.intent)).toContain("unknown");
    expect(formatGapSummary(records)).toMatch(/By intent and topic:/);
    expect(formatGapSummary([])).toBe("No unanswered questions recorded.");
  });

  it("the command reads the store in GAPS_DIR", () => {
    const dir = tempDir();
    const store = new GapStore({ dir });
    const gap = gapOf(answerer.ask("Was ransomware discussed?"));
    if (gap) store.record(gap);
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/kb-gaps.ts"], {
      encoding: "utf8",
      env: { ...process.env, GAPS_DIR: dir },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 unanswered question/);
    expect(result.stdout).toMatch(/ransomware/);
  });
});
