import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "dialogue-desk-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/eval.ts", ...args], { encoding: "utf8" });

function set(name: string, lines: object[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
  return file;
}

describe("npm run eval", () => {
  it("with no sets named, runs every test/eval set separately, then a total", () => {
    const result = run();
    for (const name of [
      "questions",
      "more-phrasings",
      "more-phrasings-2",
      "examples-style",
      "shared-examples",
    ])
      expect(result.stdout).toMatch(new RegExp(`test/eval/${name}\\.jsonl: \\d+/\\d+ passed`));
    expect(result.stdout).toMatch(/^Total: \d+\/\d+ passed/m);
  });

  it("with sets named, runs just those, with pass rates by tag", () => {
    const extra = set("ok.jsonl", [
      { q: "Who co-chaired round 2?", all: ["Mizushima"], none: [], tag: "cochairs", intent: "cochairs" },
      { q: "次の会合はどこ？", all: ["キャンベラ"], none: [], tag: "ja" },
    ]);
    const result = run(extra);
    expect(result.stdout).not.toMatch(/questions\.jsonl/);
    expect(result.stdout).toMatch(/ok\.jsonl: 2\/2 passed \(100\.0 %\)/);
    expect(result.stdout).toMatch(/ {2}cochairs +1\/1/);
    expect(result.status).toBe(0);
  });

  it("lists failures with what failed and the answer, and exits 1 below the bar", () => {
    const bad = set("bad.jsonl", [
      {
        q: "Who co-chaired round 2?",
        all: ["Feakin"],
        none: ["Mizushima"],
        tag: "wrong",
        intent: "agencies",
      },
      { q: "Who co-chaired round 3?", all: ["Otaka"], none: [], tag: "right" },
    ]);
    const result = run(bad);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/bad\.jsonl: 1\/2 passed \(50\.0 %\)/);
    expect(result.stdout).toMatch(/✗ \[wrong\] Who co-chaired round 2\?/);
    expect(result.stdout).toMatch(/missing \/Feakin\//);
    expect(result.stdout).toMatch(/must not match \/Mizushima\//);
    expect(result.stdout).toMatch(/intent cochairs, expected agencies/);
    expect(result.stdout).toMatch(/\| The 2nd round's co-chairs/);
    expect(run("--min", "40", bad).status).toBe(0);
  });
});
