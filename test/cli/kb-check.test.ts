import { spawnSync } from "node:child_process";
import { afterEach, expect, it } from "vitest";
import { loadKnowledgeBaseOrThrow } from "../../src/knowledge/load.ts";
import { copyData, DATA_DIR } from "../helpers/data-copy.ts";

const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ["--import", "tsx", "src/cli/kb-check.ts", ...(args.length ? args : [DATA_DIR])],
    {
      encoding: "utf8",
    },
  );

let copy: ReturnType<typeof copyData> | undefined;
afterEach(() => copy?.cleanup());

it("summarises valid data and exits 0", () => {
  const result = run();
  expect(result.status).toBe(0);
  const kb = loadKnowledgeBaseOrThrow(DATA_DIR);
  const rounds = kb.rounds.map((r) =>
    r.held.status === "known" ? `${r.number}` : `${r.number} (announced, not recorded as held)`,
  );
  expect(result.stdout).toContain(`rounds:        ${kb.rounds.length}: ${rounds.join(", ")}`);
  expect(result.stdout).toMatch(/organisations:\s+\d+/);
  expect(result.stdout).toMatch(/facts:\s+\d+ known \(\d+ quotes as evidence\), \d+ marked unknown/);
});

it("prints every error and exits 1 on invalid data", () => {
  copy = copyData();
  copy.edit("rounds/round-2.json", (round) => {
    round.cochairs.JP.value = "ghost";
  });
  copy.edit("rounds/round-3.json", (round) => {
    round.date.value.month = 13;
  });
  const result = run(copy.dir);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/round-2\.json: \$\.cochairs\.JP\.value: unknown person "ghost"/);
  expect(result.stderr).toMatch(/round-3\.json: \$\.date\.value\.month: /);
});
