import { describe, expect, it } from "vitest";
import { parseUnexpected429, redactUrlTokens } from "../../src/bot/events-log.ts";

describe("discord.js debug lines", () => {
  it("reads the unexpected-429 report into fields, without its URL", () => {
    const message = [
      "[REST 7d1c] Encountered unexpected 429 rate limit",
      "  Global         : false",
      "  Method         : post",
      "  URL            : http://127.0.0.1:1234/api/v10/interactions/123/aW50ZXJhY3Rpb24tdG9rZW4/callback",
      "  Bucket         : /interactions/:id/:token/callback",
      "  Major parameter: global",
      "  Hash           : Global(POST:/interactions/:id/:token/callback)",
      "  Limit          : Infinity",
      "  Retry After    : 1500ms",
      "  Sublimit       : 1500ms",
      "  Scope          : user",
    ].join("\n");
    const fields = parseUnexpected429(message);
    expect(fields).toEqual({
      event: "rate_limited",
      unexpected: true,
      method: "POST",
      route: "/interactions/:id/:token/callback",
      global: false,
      scope: "user",
      retryAfterMs: 1500,
    });
    expect(JSON.stringify(fields)).not.toContain("aW50ZXJhY3Rpb24tdG9rZW4");
    expect(parseUnexpected429("Waiting 100ms for rate limit to pass")).toBeUndefined();
  });

  it("hides interaction and webhook tokens in URLs", () => {
    expect(
      redactUrlTokens(
        "POST /api/v10/interactions/123/abc.DEF-ghi/callback and /webhooks/456/tok_en/messages/@original",
      ),
    ).toBe("POST /api/v10/interactions/123/:token/callback and /webhooks/456/:token/messages/@original");
  });
});
