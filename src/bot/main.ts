/**
 * `npm start`: with DISCORD_TOKEN, connects to Discord; without, runs the local console
 * (interactive in a terminal; answers each line and exits 0 when input is piped in).
 */

import { type Client, Events } from "discord.js";
import { toLocale } from "../commands/i18n.ts";
import { createAnswerer } from "../knowledge/answerer.ts";
import { formatKbError } from "../knowledge/errors.ts";
import { type RunningBot, startBot } from "./bot.ts";
import { configOrExit } from "./config.ts";
import { runConsole } from "./console.ts";
import { KnowledgeHolder } from "./knowledge-holder.ts";
import { installProcessHandlers } from "./lifecycle.ts";
import { createLogger } from "./logger.ts";

const config = configOrExit();
const consoleMode = config.token === undefined;
// In console mode stdout carries the answers, so logs go to stderr. The token is censored in every line.
const logger = createLogger({
  level: config.logLevel ?? (consoleMode ? "warn" : "info"),
  stream: consoleMode ? "stderr" : "stdout",
  secrets: [config.token],
});

const loaded = KnowledgeHolder.load(config.kbDir, createAnswerer);
if (!loaded.ok) {
  console.error(`The knowledge base in ${config.kbDir} has ${loaded.errors.length} error(s):`);
  for (const error of loaded.errors) console.error(`  ${formatKbError(error)}`);
  process.exit(1);
}
const knowledge = loaded.holder;

if (consoleMode) {
  process.once("SIGTERM", () => process.exit(0));
  // A reader that stops early (`npm start | head`) closes the pipe: that ends the console, it is not a crash.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  await runConsole({
    knowledge,
    logger,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    locale: toLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
  });
} else {
  logger.info(
    { kbDir: config.kbDir, apiUrl: config.apiUrl ?? "default", rounds: knowledge.current().kb.rounds.length },
    "starting the Discord bot",
  );
  // Signals are handled from the start, so one arriving during login also ends the process cleanly.
  let bot: RunningBot | undefined;
  let client: Client | undefined;
  // /healthz and /metrics only when METRICS_PORT is set (prom-client is not even loaded otherwise).
  const ops =
    config.metricsPort === undefined
      ? undefined
      : await (await import("../ops/gateway-ops.ts")).startGatewayOps({
          port: config.metricsPort,
          host: config.host,
          knowledge,
          client: () => client,
          logger,
        });
  const life = installProcessHandlers(process, {
    logger,
    stop: async () => {
      await bot?.stop();
      await ops?.close();
    },
  });
  try {
    // No client options here: production keeps discord.js's defaults (identify throttle, REST retries…).
    bot = await startBot(config, {
      logger,
      knowledge,
      reload: { dir: config.kbDir, build: createAnswerer, watch: true },
      shards: config.shards,
      onClient: (created) => {
        client = created;
      },
      ...(ops ? { metrics: ops.metrics } : {}),
    });
  } catch (error) {
    logger.fatal({ err: error }, "could not connect to Discord");
    process.exit(1);
  }
  // A close code discord.js cannot recover from (token reset, intents refused): exit so a supervisor sees it.
  bot.client.on(Events.ShardDisconnect, () => life.exit(1));
  bot.client.on(Events.Invalidated, () => life.exit(1));
}
