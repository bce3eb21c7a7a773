import { describe, expect, it } from "vitest";
import { truncate } from "../../src/bot/text.ts";

describe("truncate", () => {
  it("leaves short text alone", () => {
    expect(truncate("hello", 5)).toBe("hello");
  });

  it("ends with an ellipsis within the limit", () => {
    const out = truncate("abcdefghij", 5);
    expect(out).toBe("abcd…");
    expect(out.length).toBeLessThanOrEqual(5);
  });

  it("never splits a surrogate pair", () => {
    const text = "ab😀😀😀";
    for (let max = 1; max < text.length; max++) {
      const out = truncate(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it("keeps emoji sequences whole", () => {
    const family = "👨‍👩‍👧";
    const out = truncate(`x${family}${family}`, 10);
    expect(out).toBe(`x${family}…`);
  });

  it("handles Japanese text", () => {
    expect(truncate("日豪サイバー政策協議", 6)).toBe("日豪サイバ…");
  });
});
