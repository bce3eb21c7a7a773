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
        publicKey: undefined,
        port: 8080,
        metricsPort: undefined,
        host: undefined,
        shards: undefined,
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
      DISCORD_PUBLIC_KEY: "AB".repeat(32),
      PORT: "9000",
      METRICS_PORT: "9100",
      HOST: "127.0.0.1",
      DISCORD_SHARDS: "2",
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
        publicKey: "ab".repeat(32),
        port: 9000,
        metricsPort: 9100,
        host: "127.0.0.1",
        shards: 2,
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
      DISCORD_PUBLIC_KEY: "not-a-key",
      PORT: "70000",
      METRICS_PORT: "http",
      DISCORD_SHARDS: "0",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_APPLICATION_ID",
      "DISCORD_GUILD_ID",
      "DISCORD_API_URL",
      "LOG_LEVEL",
      "DISCORD_PUBLIC_KEY",
      "PORT",
      "METRICS_PORT",
      "DISCORD_SHARDS",
    ]);
    const all = result.errors.join("\n");
    for (const value of [
      secret,
      "s3cr3t",
      "my-app",
      "guild-xyz",
      "ftp://example.com",
      "loud",
      "not-a-key",
      "70000",
    ]) {
      expect(all).not.toContain(value);
    }
  });
});
