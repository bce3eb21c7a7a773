/**
 * The gateway bot's /livez, /healthz and /metrics on METRICS_PORT: ready once the knowledge base is loaded and
 * every shard is connected (503 while one reconnects).
 */
import type { Client } from "discord.js";
import { gatewayReady } from "../bot/bot.ts";
import type { KnowledgeHolder } from "../bot/knowledge-holder.ts";
import type { Logger } from "../bot/logger.ts";
import { type HealthReport, startOpsServer } from "./health.ts";
import { Metrics } from "./metrics.ts";

export interface GatewayOps {
  metrics: Metrics;
  port: number;
  close(): Promise<void>;
}

export async function startGatewayOps(options: {
  port: number;
  host: string | undefined;
  knowledge: KnowledgeHolder;
  /** The client once created (undefined before login starts). */
  client: () => Client | undefined;
  logger: Logger;
}): Promise<GatewayOps> {
  const health = (): HealthReport => {
    const client = options.client();
    const gateway = client !== undefined && gatewayReady(client);
    return {
      ready: gateway,
      checks: { knowledgeBase: true, gateway },
      kbVersion: options.knowledge.current().version,
    };
  };
  const metrics = new Metrics({
    mode: "gateway",
    knowledge: () => options.knowledge,
    ready: () => health().ready,
  });
  process.on("unhandledRejection", () => metrics.error("unhandled_rejection"));
  const server = await startOpsServer({ health, metrics }, options.port, options.host);
  options.logger.info({ port: server.port }, "serving /healthz and /metrics");
  return { metrics, port: server.port, close: server.close };
}
