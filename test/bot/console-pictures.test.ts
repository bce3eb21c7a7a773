/** The local console draws /participation into PICTURES_DIR and prints the path. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { picturesDir, runConsole } from "../../src/bot/console.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { loadKnowledge } from "../e2e/helpers/bot-harness.ts";

describe("console pictures", () => {
  it("/participation australia writes the PNG and prints its title, alt text and path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "console-pictures-"));
    try {
      const input = new PassThrough();
      const output = new PassThrough();
      let printed = "";
      output.on("data", (chunk: Buffer) => {
        printed += chunk.toString("utf8");
      });
      input.end("/participation australia\n/参加状況 日本\n");
      await runConsole({
        knowledge: loadKnowledge(),
        logger: createLogger({ level: "silent" }),
        input,
        output,
        interactive: false,
        locale: "en",
        picturesDir: dir,
      });
      const paths = printed.split("\n").filter((line) => line.startsWith(dir));
      expect(paths).toEqual([join(dir, "participation-au-en.png"), join(dir, "participation-jp-ja.png")]);
      for (const path of paths) expect(PNG.sync.read(readFileSync(path)).width).toBeGreaterThan(1000);
      expect(printed).toContain("Who took part, round by round · Australia");
      expect(printed).toContain("参加機関の記録（回ごと）");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("writes to PICTURES_DIR, else to a folder in the temp directory", () => {
    expect(picturesDir({ PICTURES_DIR: "/srv/pictures" })).toBe("/srv/pictures");
    expect(picturesDir({})).toBe(join(tmpdir(), "dialogue-desk-pictures"));
  });
});
