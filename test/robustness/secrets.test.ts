/**
 * The token never appears in a log line or an error message, at any level: through login, answers, errors,
 * reconnects, rate limits and shutdown, with discord.js's own debug output logged at `trace`. The logger here
 * is not told the token (no `secrets`), so this checks what the bot writes, not the last-line-of-defence
 * censoring (tested in test/bot/logger.test.ts and, for `npm start`, in process.test.ts).
 */
import { describe, expect, it } from "vitest";
import { startBot } from "../../src/bot/bot.ts";
import { parseConfig } from "../../src/bot/config.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { startFakeDiscord } from "../e2e/fake-discord/index.ts";
import { FAST_CLIENT_OPTIONS, loadKnowledge, startHarness } from "../e2e/helpers/bot-harness.ts";
import { TEST_TOKEN, waitForLog } from "../e2e/helpers/replies.ts";

/** A token shaped like a real one (three dot-separated parts); discord.js prints the first two at login. */
const REAL_LOOKING = "MTI1MDAwMDAwMDAwMDAwMDAwMQ.GhJk9a.x9Yq2Zr8TtU4vWw5bC1dE3fG7hI0jK6lM2nO8pQ";

const leaks = (raw: string, token: string) =>
  [token, ...token.split(".").filter((part) => part.length >= 6)].filter((part) => raw.includes(part));

describe("the token in logs", () => {
  it("never appears at trace level through login, answers, errors, reconnects, a 429 and shutdown", async () => {
    const h = await startHarness({
      logLevel: "trace",
      clientOptions: { ...FAST_CLIENT_OPTIONS, rest: { globalRequestsPerSecond: 1e6 } },
      fake: { token: TEST_TOKEN },
    });
    try {
      await (await h.fake.sendSlashCommand({ name: "cochairs", options: { round: "2" } })).reply();
      // an interaction whose reply fails with 500 through every retry: the error (with its URL) is logged
      h.fake.failNext({ method: "POST", pathPattern: /\/callback$/, status: 500, times: 4 });
      const failed = h.fake.dispatchInteraction(h.fake.payloads.slashCommand({ name: "help" }));
      await h.fake.waitForInteractionReply(failed.interactionId);
      h.fake.rateLimitNext({ method: "POST", pathPattern: /\/callback$/, retryAfter: 0.05 });
      await (await h.fake.sendSlashCommand({ name: "next" })).reply();
      h.fake.dropConnection({ code: 4000 });
      await h.fake.waitForResume(1);
      await waitForLog(h.logs, (l) => l.msg === "gateway" && l.event === "resumed");
      h.fake.sendInvalidSession(false);
      await h.fake.waitForIdentify(2);
      await (await h.fake.sendMessage({ content: `<@${h.fake.botUserId}> who?` })).reply();
    } finally {
      await h.stop();
    }
    const raw = h.rawLogs.join("");
    // the test means something: discord.js's debug output was there, errors too
    expect(h.logs.some((l) => l.level === 10 && l.source === "gateway")).toBe(true);
    expect(h.logs.some((l) => l.msg === "rate limited")).toBe(true);
    expect(h.logs.some((l) => l.msg === "interaction failed")).toBe(true);
    expect(h.logs.some((l) => l.msg === "bot stopped")).toBe(true);
    expect(h.fake.identifies.every((identify) => identify.token === TEST_TOKEN)).toBe(true);
    expect(leaks(raw, TEST_TOKEN)).toEqual([]);
    expect(raw).not.toContain("fake-interaction-token-");
    expect(raw).toContain("/interactions/");
  });

  it("a login with a rejected token fails with an error that does not contain it", async () => {
    const fake = await startFakeDiscord({ token: "the-right-token" });
    const lines: string[] = [];
    const logger = createLogger({ level: "trace", destination: { write: (l) => lines.push(l) } });
    try {
      const error = await startBot(
        { token: REAL_LOOKING, apiUrl: fake.apiUrl },
        { logger, knowledge: loadKnowledge(), clientOptions: FAST_CLIENT_OPTIONS as never },
      ).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(Error);
      expect(leaks(`${error?.message}\n${error?.stack}\n${JSON.stringify(error)}`, REAL_LOOKING)).toEqual([]);
      expect(leaks(lines.join(""), REAL_LOOKING)).toEqual([]);
      expect(lines.some((l) => l.includes('"level":10'))).toBe(true);
    } finally {
      await fake.close();
    }
  });
});

describe("configuration errors", () => {
  it("name the variable, never its value", () => {
    const secret = "Bot abc def.secret-value";
    const result = parseConfig({
      DISCORD_TOKEN: secret,
      DISCORD_API_URL: "ftp://user:hunter2@example.com",
      DISCORD_GUILD_ID: "guild-hunter2",
      LOG_LEVEL: "verbose-hunter2",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join("\n");
    for (const name of ["DISCORD_TOKEN", "DISCORD_API_URL", "DISCORD_GUILD_ID", "LOG_LEVEL"])
      expect(text).toContain(name);
    expect(text).not.toContain("secret-value");
    expect(text).not.toContain("hunter2");
  });
});
