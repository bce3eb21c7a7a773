/**
 * The production bot in a child process for the memory benchmark, run with plain `node --expose-gc` on the
 * tsc output in dist/ (what `npm start` runs; the parent runs `npm run build` first). No TypeScript loader is in
 * the process, so its memory is the production bot's. The start-up is src/bot/main.ts's (config from the
 * environment, knowledge base, engine, startBot with the data folder watched), with two differences: log lines
 * are formatted and dropped instead of written, and the client options of client-options.mjs stop discord.js
 * throttling itself against the local fake. An IPC channel carries the parent's requests for memory figures,
 * each taken after forced GCs.
 */
import { startBot } from "../dist/bot/bot.js";
import { parseConfig } from "../dist/bot/config.js";
import { KnowledgeHolder } from "../dist/bot/knowledge-holder.js";
import { createLogger } from "../dist/bot/logger.js";
import { createAnswerer } from "../dist/knowledge/answerer.js";
import { FAST_CLIENT_OPTIONS } from "./client-options.mjs";

const send = (message) => process.send?.(message);
const gc = globalThis.gc;

function memory() {
  if (gc) {
    gc();
    gc();
  }
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external, arrayBuffers };
}

try {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const config = parsed.config;
  // the bot logs every interaction at info (token scrubbing included); keep that cost, drop the output
  const logger = createLogger({
    level: config.logLevel ?? "info",
    destination: { write() {} },
    secrets: [config.token],
  });
  const loaded = KnowledgeHolder.load(config.kbDir, createAnswerer);
  if (!loaded.ok) throw new Error(`knowledge base: ${loaded.errors.length} error(s)`);
  const bot = await startBot(config, {
    logger,
    knowledge: loaded.holder,
    reload: { dir: config.kbDir, build: createAnswerer, watch: true },
    clientOptions: FAST_CLIENT_OPTIONS,
    // One simulated user sends thousands of commands: measure answers, not cooldown notices.
    cooldowns: false,
  });
  process.on("message", (message) => {
    if (message?.type === "memory") send({ type: "memory", memory: memory() });
  });
  process.once("SIGTERM", () => void bot.stop().finally(() => process.exit(0)));
  process.once("disconnect", () => void bot.stop().finally(() => process.exit(0)));
  // RSS as the bot comes up, before any forced GC (comparable with the start-to-ready figure)
  send({ type: "ready", gc: Boolean(gc), rss: process.memoryUsage().rss });
} catch (error) {
  send({ type: "error", error: error?.stack ?? String(error) });
  process.exit(1);
}
