/**
 * The HTTP interactions endpoint in process (the real server, core and knowledge base), with Discord played by
 * the fake: it signs and POSTs each interaction, applies the response as the callback, and serves the
 * interaction webhook the endpoint uses for follow-ups.
 */
import { REST } from "discord.js";
import { createLogger } from "../../../src/bot/logger.ts";
import { createHttpEndpoint, type HttpEndpoint } from "../../../src/http/server.ts";
import type { BotContext, CommandTable } from "../../../src/interactions/context.ts";
import { Metrics } from "../../../src/ops/metrics.ts";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  HttpInteractions,
  startFakeDiscord,
} from "../../e2e/fake-discord/index.ts";
import { loadKnowledge } from "../../e2e/helpers/bot-harness.ts";
import type { LogLine } from "../../e2e/helpers/replies.ts";

export interface Replica {
  endpoint: HttpEndpoint;
  metrics: Metrics;
  url: string;
  base: string;
}

export interface HttpHarness {
  fake: FakeDiscord;
  discord: HttpInteractions;
  replicas: Replica[];
  logs: LogLine[];
  rawLogs: string[];
  stop(): Promise<void>;
}

export interface HttpHarnessOptions {
  replicas?: number;
  fake?: FakeDiscordOptions;
  commands?: CommandTable;
  deferAfterMs?: number;
  maxBodyBytes?: number;
}

export async function startHttpHarness(options: HttpHarnessOptions = {}): Promise<HttpHarness> {
  const fake = await startFakeDiscord(options.fake);
  const logs: LogLine[] = [];
  const rawLogs: string[] = [];
  const logger = createLogger({
    level: "trace",
    destination: {
      write(line: string) {
        rawLogs.push(line);
        logs.push(JSON.parse(line) as LogLine);
      },
    },
  });
  const discord = new HttpInteractions(fake, "");
  const knowledge = loadKnowledge();
  const replicas: Replica[] = [];
  for (let i = 0; i < (options.replicas ?? 1); i++) {
    const metrics = new Metrics({
      mode: "http",
      knowledge: () => knowledge,
      ready: () => true,
      processMetrics: false,
    });
    const context: BotContext = { knowledge, logger: logger.child({ replica: i }), metrics };
    if (options.commands) context.commands = options.commands;
    const endpoint = createHttpEndpoint({
      publicKey: discord.publicKeyHex,
      logger,
      context: () => context,
      rest: new REST({ api: fake.apiUrl, retries: 0 }),
      metrics,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
    });
    const port = await endpoint.listen(0, "127.0.0.1");
    const base = `http://127.0.0.1:${port}`;
    replicas.push({ endpoint, metrics, base, url: `${base}/interactions` });
  }
  discord.url = replicas[0]?.url ?? "";
  return {
    fake,
    discord,
    replicas,
    logs,
    rawLogs,
    async stop() {
      for (const replica of replicas) await replica.endpoint.stop();
      await fake.close();
    },
  };
}
