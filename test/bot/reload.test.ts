import { describe, expect, it } from "vitest";
import { KnowledgeHolder } from "../../src/bot/knowledge-holder.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { createReloader, logKbErrors, MAX_LOGGED_ERRORS } from "../../src/bot/reload.ts";
import { copyData } from "../helpers/data-copy.ts";
import { fakeAnswerer } from "./helpers/fake-answerer.ts";

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level: "debug", destination: { write: (l) => lines.push(JSON.parse(l)) } });
  return { logger, lines };
}

describe("reloading the knowledge base", () => {
  const build = () => fakeAnswerer();

  it("a valid change is swapped in whole; a broken one is rejected, logged one line per error, and the last good version stays", () => {
    const copy = copyData();
    try {
      const loaded = KnowledgeHolder.load(copy.dir, build);
      if (!loaded.ok) throw new Error("copy should load");
      const holder = loaded.holder;
      const { logger, lines } = capture();
      const reloader = createReloader(holder, { dir: copy.dir, build }, logger);

      const first = holder.current();
      const ok = reloader.reload("command", { userId: "1" });
      expect(ok).toMatchObject({ ok: true, version: 2, counts: { rounds: first.kb.rounds.length } });
      expect(holder.current()).not.toBe(first);
      expect(lines.at(-1)).toMatchObject({
        event: "kb_reloaded",
        trigger: "command",
        version: 2,
        userId: "1",
      });

      const good = holder.current();
      copy.edit("rounds/round-2.json", (round) => {
        round.number = "two";
        round.cochairs.JP.status = "maybe";
      });
      lines.length = 0;
      const bad = reloader.reload("watch", { changedFiles: ["rounds/round-2.json"] });
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.version).toBe(2);
      expect(holder.current()).toBe(good);
      const errorLines = lines.filter((l) => l.event === "kb_error");
      expect(errorLines).toHaveLength(bad.errors.length);
      for (const line of errorLines) {
        expect(line.level).toBe(50);
        expect(line.file).toMatch(/round-2\.json$/);
        expect(line.path).toMatch(/^\$/);
        expect(String(line.msg)).toContain(`${line.file}: ${line.path}: `);
      }
      expect(errorLines.map((l) => l.path)).toContain("$.number");
      expect(lines.at(-1)).toMatchObject({ event: "kb_rejected", trigger: "watch", version: 2, level: 40 });
    } finally {
      copy.cleanup();
    }
  });

  it("an engine that fails to build is a rejected reload, not a crash", () => {
    const copy = copyData();
    try {
      const loaded = KnowledgeHolder.load(copy.dir, build);
      if (!loaded.ok) throw new Error("copy should load");
      const { logger } = capture();
      const reloader = createReloader(
        loaded.holder,
        {
          dir: copy.dir,
          build: () => {
            throw new Error("index build failed");
          },
        },
        logger,
      );
      const outcome = reloader.reload("command");
      expect(outcome).toMatchObject({ ok: false, version: 1 });
      expect(loaded.holder.current().version).toBe(1);
    } finally {
      copy.cleanup();
    }
  });

  it("logs at most MAX_LOGGED_ERRORS lines, then how many more", () => {
    const { logger, lines } = capture();
    const errors = Array.from({ length: MAX_LOGGED_ERRORS + 7 }, (_, i) => ({
      file: "data/people.json",
      path: `$[${i}].name`,
      message: "Required",
    }));
    logKbErrors(logger, errors);
    expect(lines).toHaveLength(MAX_LOGGED_ERRORS + 1);
    expect(lines.at(-1)).toMatchObject({ more: 7 });
  });
});
