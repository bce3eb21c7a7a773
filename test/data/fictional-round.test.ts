/**
 * The README's "Adding a new round", end to end: a copy of data/ gains a fictional 6th round made by kb:import
 * from a fictional press release; kb:check accepts it and says what is left to fill, and the tests of the real
 * data (test/data, loading, kb:check) pass on it. (Skipped inside that nested run, which sets KB_DIR.)
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it, onTestFinished } from "vitest";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { copyData } from "../helpers/data-copy.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const fixture = fileURLToPath(new URL("../fixtures/fictional-release-round-6.txt", import.meta.url));
const copy = copyData();
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;
afterAll(() => copy.cleanup());

it.skipIf(process.env.KB_DIR)(
  "a fictional round added with kb:import passes kb:check and the data-driven tests",
  () => {
    const before = loadKnowledgeBase(copy.dir);
    if (!before.ok) throw new Error("data/ does not load");
    const next = Math.max(...before.kb.rounds.map((r) => r.number)) + 1;
    // the fixture release reports a 6th round and announces a 7th: renumbered after the rounds on record
    const release = join(copy.dir, "..", `${basename(copy.dir)}-release.txt`);
    const text = readFileSync(fixture, "utf8").replace(/\b[67]th\b/g, (m) =>
      ordinal(m === "6th" ? next : next + 1),
    );
    writeFileSync(release, text);
    onTestFinished(() => rmSync(release, { force: true }));
    const imported = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/kb-import.ts",
        release,
        "--write",
        "--data",
        copy.dir,
        "--id",
        `fictional-round-${next}`,
        "--url",
        "https://example.org/fictional/round-6",
        "--publisher",
        "Fictional publisher (a test fixture)",
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(
      new RegExp(`rounds:\\s+${before.kb.rounds.length + 1}: .*\\b${next}$`, "m"),
    );
    expect(imported.stdout).toMatch(new RegExp(`round ${next} unknown: topics, outcome$`, "m"));
    const after = loadKnowledgeBase(copy.dir);
    if (!after.ok) throw new Error("the copy does not load after kb:import");
    expect(after.kb.rounds.at(-1)?.number).toBe(next);

    const vitest = fileURLToPath(new URL("../../node_modules/vitest/vitest.mjs", import.meta.url));
    const run = spawnSync(
      process.execPath,
      [
        vitest,
        "run",
        "test/data",
        "test/knowledge/load.test.ts",
        "test/cli/kb-check.test.ts",
        "test/knowledge/json-schema.test.ts",
      ],
      { cwd: root, encoding: "utf8", env: { ...process.env, KB_DIR: copy.dir } },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
    expect(run.stdout.replace(/\x1b\[[0-9;]*m/g, "")).toMatch(/Tests\s+\d+ passed/);
  },
  120_000,
);
