import { InteractionContextType } from "discord.js";
import { describe, expect, it, vi } from "vitest";
import { typed } from "../../src/commands/i18n.ts";
import * as reload from "../../src/commands/reload.ts";
import type { ReloadOutcome } from "../../src/commands/types.ts";
import { fakeAnswerer } from "../bot/helpers/fake-answerer.ts";

const COUNTS = { rounds: 5, organisations: 40, people: 60, sources: 30, glossaryTerms: 12 };

const run = (outcome: ReloadOutcome, admin: boolean | undefined, locale: "en" | "ja" = "en") => {
  const spy = vi.fn(() => outcome);
  const result = reload.execute({ options: {}, locale, admin }, { answerer: fakeAnswerer(), reload: spy });
  return { result, calls: spy.mock.calls.length };
};

describe("/reload", () => {
  it("is for administrators, in servers only, localised in Japanese", () => {
    expect(reload.definition).toMatchObject({
      name: "reload",
      default_member_permissions: "8",
      dm_permission: false,
      contexts: [InteractionContextType.Guild],
    });
    expect(reload.definition.name_localizations.ja).toBeTruthy();
    expect(reload.definition.description_localizations.ja).toBeTruthy();
    expect(reload.cooldown).toBe(false);
  });

  it("refuses anyone who is not an administrator, without reloading", () => {
    for (const admin of [false, undefined]) {
      const { result, calls } = run({ ok: true, version: 2, counts: COUNTS }, admin);
      expect(result).toMatchObject({ kind: "notice", text: expect.stringContaining("administrators") });
      expect(calls).toBe(0);
    }
  });

  it("says so where reloading is not offered (the console)", () => {
    const result = reload.execute({ options: {}, locale: "en", admin: true }, { answerer: fakeAnswerer() });
    expect(result).toMatchObject({ kind: "notice", text: expect.stringContaining("isn't available") });
  });

  it("reports what it loaded", () => {
    const { result, calls } = run({ ok: true, version: 3, counts: COUNTS }, true);
    expect(calls).toBe(1);
    expect(result).toEqual({
      kind: "notice",
      locale: "en",
      text: "Reloaded: 5 rounds, 40 organisations, 60 people, 30 sources, 12 glossary terms (version 3).",
    });
    const ja = run({ ok: true, version: 3, counts: COUNTS }, true, "ja").result;
    expect(ja).toMatchObject({ text: expect.stringMatching(/^再読み込みしました: 5回分/) });
  });

  it("lists the errors, bounded, and says which version still answers", () => {
    const errors = Array.from({ length: 120 }, (_, i) => ({
      file: `data/rounds/round-${i}.json`,
      path: `$.cochairs.JP.evidence[${i}]`,
      message: `bad value ${"x".repeat(i * 10)}`,
    }));
    const { result } = run({ ok: false, version: 1, errors }, true);
    if (result.kind !== "notice") throw new Error("expected a notice");
    const lines = result.text.split("\n");
    expect(lines[0]).toBe("Reload failed with 120 errors; still answering from version 1.");
    expect(lines[1]).toContain("data/rounds/round-0.json: $.cochairs.JP.evidence[0]: bad value");
    expect(lines).toHaveLength(1 + reload.MAX_LISTED_ERRORS + 1);
    expect(lines.at(-1)).toBe("…and 112 more (see the log)");
    expect(result.text.length).toBeLessThan(2000);
  });
});

describe("typed: what someone typed, quoted back", () => {
  it("cannot carry Markdown, links or mentions, and stays on one short line", () => {
    expect(typed("[Free Nitro](https://evil.example) **bold** `code` <@123> @everyone\n# heading")).toBe(
      "Free Nitro(https://evil.example) bold code @123 @\u200beveryone heading",
    );
    expect(Array.from(typed("x".repeat(500)))).toHaveLength(100);
  });
});
