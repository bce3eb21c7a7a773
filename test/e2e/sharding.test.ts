/**
 * Gateway sharding with discord.js's own mechanism: the fake Discord recommends 2 shards, the bot (shards:
 * "auto") opens both, each gets its own servers' events, and both answer. /healthz (METRICS_PORT) is ready
 * only once every shard is connected; /metrics counts what both answered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gatewayReady, type RunningBot, shardOptions, startBot } from "../../src/bot/bot.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { type GatewayOps, startGatewayOps } from "../../src/ops/gateway-ops.ts";
import { shardOf } from "./fake-discord/gateway.ts";
import { DEFAULT_IDS, type FakeDiscord, startFakeDiscord } from "./fake-discord/index.ts";
import { FAST_CLIENT_OPTIONS, loadKnowledge } from "./helpers/bot-harness.ts";
import { TEST_TOKEN, visibleText } from "./helpers/replies.ts";

/** Two servers whose ids put them on different shards of two. */
const GUILDS = [BigInt(DEFAULT_IDS.guildId), BigInt(DEFAULT_IDS.guildId) + (1n << 22n)].map((id, i) => ({
  id: String(id),
  name: `Team ${i + 1}`,
  channels: [{ id: String(id + 1n), name: "general" }],
}));

let fake: FakeDiscord;
let bot: RunningBot;
let ops: GatewayOps;
let healthBeforeLogin: number;

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2, guilds: GUILDS });
  const logger = createLogger({ level: "silent", destination: { write() {} } });
  const knowledge = loadKnowledge();
  let client: RunningBot["client"] | undefined;
  ops = await startGatewayOps({ port: 0, host: "127.0.0.1", knowledge, client: () => client, logger });
  healthBeforeLogin = (await fetch(`http://127.0.0.1:${ops.port}/healthz`)).status;
  bot = await startBot(
    { token: TEST_TOKEN, apiUrl: fake.apiUrl },
    {
      logger,
      knowledge,
      cooldowns: false,
      shards: "auto",
      metrics: ops.metrics,
      clientOptions: FAST_CLIENT_OPTIONS as never,
      onClient: (created) => {
        client = created as RunningBot["client"];
      },
    },
  );
});

afterAll(async () => {
  await bot?.stop();
  await ops?.close();
  await fake?.close();
});

describe("two shards", () => {
  it("the servers sit on different shards", () => {
    expect(GUILDS.map((g) => shardOf(g.id, 2)).sort()).toEqual([0, 1]);
  });

  it("discord.js opens the recommended two shards, each identifying as its own", () => {
    expect(bot.client.ws.shards.size).toBe(2);
    expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(bot.client.guilds.cache.size).toBe(2);
    expect(gatewayReady(bot.client)).toBe(true);
  });

  it("both shards answer: a command in each server, each delivered only to its own shard", async () => {
    for (const guild of GUILDS) {
      const response = await fake.sendSlashCommand({
        name: "cochairs",
        options: { round: "2" },
        guildId: guild.id,
        channelId: guild.channels[0]?.id,
      });
      expect((await response.reply()).embeds[0]?.title).toMatch(/Co-chairs/);
    }
    const mention = await fake.sendMessage({
      content: `<@${fake.botUserId}> who co-chaired round 3?`,
      channelId: GUILDS[1]?.channels[0]?.id,
    });
    expect(mention.delivered).toBe(1);
    expect(visibleText(await mention.reply())).toMatch(/co-chair/i);
  });

  it("/healthz is 503 before login and 200 once both shards are ready; /metrics counts both", async () => {
    expect(healthBeforeLogin).toBe(503);
    const health = await fetch(`http://127.0.0.1:${ops.port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ready: true,
      checks: { knowledgeBase: true, gateway: true },
    });
    const metrics = await (await fetch(`http://127.0.0.1:${ops.port}/metrics`)).text();
    expect(metrics).toContain(
      'dialogue_desk_interactions_total{source="interaction",command="cochairs",outcome="answered",mode="gateway"} 2',
    );
    expect(metrics).toContain('dialogue_desk_interactions_total{source="message",command="mention"');
    expect(metrics).toContain('dialogue_desk_ready{mode="gateway"} 1');
  });

  it("a fixed shard count maps to discord.js's shard options", () => {
    expect(shardOptions(undefined)).toEqual({});
    expect(shardOptions("auto")).toEqual({ shards: "auto" });
    expect(shardOptions(3)).toEqual({ shards: [0, 1, 2], shardCount: 3 });
  });
});
