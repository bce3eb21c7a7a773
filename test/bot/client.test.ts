import { readFileSync } from "node:fs";
import { GatewayIntentBits } from "discord.js";
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/bot/bot.ts";
import { KnowledgeHolder } from "../../src/bot/knowledge-holder.ts";
import { createLogger } from "../../src/bot/logger.ts";
import { knowledgeBaseDir } from "../../src/knowledge/kb-dir.ts";
import { fakeAnswerer } from "./helpers/fake-answerer.ts";

const knowledge = () => {
  const loaded = KnowledgeHolder.load(knowledgeBaseDir({}), () => fakeAnswerer());
  if (!loaded.ok) throw new Error("data/ should load");
  return loaded.holder;
};
const logger = createLogger({ level: "silent", destination: { write() {} } });

describe("the production client", () => {
  it("keeps discord.js's defaults: identify throttle, REST retries and global cap; no privileged intent; pings nobody", async () => {
    const { client } = createClient({ apiUrl: undefined }, { logger, knowledge: knowledge() });
    try {
      expect(client.options.ws?.buildIdentifyThrottler).toBeUndefined();
      expect(client.options.rest?.retries).toBe(3);
      expect(client.options.rest?.globalRequestsPerSecond).toBe(50);
      expect(client.options.allowedMentions).toEqual({ parse: [] });
      expect(client.options.intents.has(GatewayIntentBits.MessageContent)).toBe(false);
      expect(client.options.intents.has(GatewayIntentBits.GuildMembers)).toBe(false);
      expect(client.options.intents.has(GatewayIntentBits.GuildPresences)).toBe(false);
    } finally {
      await client.destroy();
    }
  });

  it("npm start passes no client options (test-only speed-ups such as buildIdentifyThrottler stay in tests)", () => {
    const main = readFileSync(new URL("../../src/bot/main.ts", import.meta.url), "utf8");
    expect(main).not.toMatch(/clientOptions|buildIdentifyThrottler|globalRequestsPerSecond/);
    expect(main).toMatch(/startBot\(config, \{/);
  });
});
