import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/bot/config.ts";
import { knowledgeBaseDir } from "../../src/knowledge/kb-dir.ts";

describe("parseConfig", () => {
  it("accepts an empty environment: the console", () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        token: undefined,
        applicationId: undefined,
        guildId: undefined,
        apiUrl: undefined,
        logLevel: undefined,
        kbDir: knowledgeBaseDir({}),
      },
    });
  });

  it("treats blank values as unset, like .env.example", () => {
    const result = parseConfig({ DISCORD_TOKEN: "", DISCORD_GUILD_ID: "  ", LOG_LEVEL: "" });
    expect(result.ok && result.config.token).toBeUndefined();
  });

  it("reads every variable", () => {
    const result = parseConfig({
      DISCORD_TOKEN: "abc.def-ghi_jkl",
      DISCORD_APPLICATION_ID: "1250000000000000001",
      DISCORD_GUILD_ID: "1250000000000000100",
      DISCORD_API_URL: "http://127.0.0.1:1234/api/",
      LOG_LEVEL: "debug",
      KB_DIR: "some/dir",
    });
    expect(result).toEqual({
      ok: true,
      config: {
        token: "abc.def-ghi_jkl",
        applicationId: "1250000000000000001",
        guildId: "1250000000000000100",
        apiUrl: "http://127.0.0.1:1234/api",
        logLevel: "debug",
        kbDir: resolve("some/dir"),
      },
    });
  });

  it("names each bad variable and never prints its value", () => {
    const secret = "Bot s3cr3t token";
    const result = parseConfig({
      DISCORD_TOKEN: secret,
      DISCORD_APPLICATION_ID: "my-app",
      DISCORD_GUILD_ID: "guild-xyz",
      DISCORD_API_URL: "ftp://example.com",
      LOG_LEVEL: "loud",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_APPLICATION_ID",
      "DISCORD_GUILD_ID",
      "DISCORD_API_URL",
      "LOG_LEVEL",
    ]);
    const all = result.errors.join("\n");
    for (const value of [secret, "s3cr3t", "my-app", "guild-xyz", "ftp://example.com", "loud"]) {
      expect(all).not.toContain(value);
    }
  });
});
