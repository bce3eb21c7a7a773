/**
 * `npm start`: with DISCORD_TOKEN, connects to Discord; without, runs the local console
 * (interactive in a terminal; answers each line and exits 0 when input is piped in).
 */

import { toLocale } from "../commands/i18n.ts";
import { createAnswerer } from "../knowledge/answerer.ts";
import { formatKbError } from "../knowledge/errors.ts";
import { type RunningBot, startBot } from "./bot.ts";
import { loadEnvFile, parseConfig } from "./config.ts";
import { runConsole } from "./console.ts";
import { KnowledgeHolder } from "./knowledge-holder.ts";
import { createLogger } from "./logger.ts";

loadEnvFile();
const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`Configuration problem(s):\n${parsed.errors.map((error) => `  - ${error}`).join("\n")}`);
  console.error("See .env.example for every variable.");
  process.exit(1);
}
const config = parsed.config;
const consoleMode = config.token === undefined;
// In console mode stdout carries the answers, so logs go to stderr.
const logger = createLogger({
  level: config.logLevel ?? (consoleMode ? "warn" : "info"),
  stream: consoleMode ? "stderr" : "stdout",
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
  // A malformed gateway payload can fail inside discord.js outside any handler: log it, keep serving.
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  // Signals are handled from the start, so one arriving during login also ends the process cleanly.
  let bot: RunningBot | undefined;
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    void (bot?.stop() ?? Promise.resolve()).finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  try {
    bot = await startBot(config, { logger, knowledge });
  } catch (error) {
    logger.fatal({ err: error }, "could not connect to Discord");
    process.exit(1);
  }
}
