/** npm run picture: its arguments, and a PNG written where asked. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { main, parseArgs, USAGE } from "../../src/cli/picture.ts";

describe("npm run picture", () => {
  it("reads the kind, the file, --locale and --side", () => {
    expect(parseArgs(["timeline", "out.png"])).toMatchObject({ request: { kind: "timeline", locale: "en" } });
    expect(parseArgs(["participation", "out.png", "--locale", "ja", "--side=au"])).toMatchObject({
      request: { kind: "participation", locale: "ja", side: "AU" },
    });
    expect(parseArgs(["timeline", "out.png", "--svg"])).toMatchObject({ svg: true });
  });

  it.each([
    [[], USAGE],
    [["chart", "out.png"], USAGE],
    [["timeline"], USAGE],
    [["timeline", "out.png", "--locale", "fr"], "--locale"],
    [["participation", "out.png", "--side", "NZ"], "--side"],
    [["timeline", "out.png", "--side", "JP"], "participation only"],
    [["timeline", "out.png", "--bogus"], "unknown option"],
  ])("refuses %j", (argv, message) => {
    const parsed = parseArgs(argv);
    expect("error" in parsed && parsed.error).toContain(message);
  });

  it("writes the SVG with --svg (no rendering)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "picture-cli-"));
    try {
      const out = join(dir, "timeline.svg");
      expect(await main(["timeline", out, "--svg", "--locale", "ja"])).toBe(0);
      expect(readFileSync(out, "utf8")).toMatch(/^<svg[^>]*>[\s\S]*第1回[\s\S]*<\/svg>$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes a valid PNG", async () => {
    const dir = mkdtempSync(join(tmpdir(), "picture-cli-"));
    try {
      const out = join(dir, "participation.png");
      expect(await main(["participation", out, "--side", "AU"])).toBe(0);
      const png = PNG.sync.read(readFileSync(out));
      expect(png.width).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
