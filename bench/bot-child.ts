/**
 * The real bot in a child process for the memory benchmark (run with `node --expose-gc --import tsx`):
 * the same start-up as src/bot/main.ts (config from the environment, knowledge base, engine, startBot), plus an
 * IPC channel on which the parent asks for memory figures after a forced GC.
 */
import { startBot } from "../src/bot/bot.ts";
import { parseConfig } from "../src/bot/config.ts";
import { KnowledgeHolder } from "../src/bot/knowledge-holder.ts";
import { createLogger } from "../src/bot/logger.ts";
import { createAnswerer } from "../src/knowledge/answerer.ts";
import { FAST_CLIENT_OPTIONS } from "./client-options.ts";

const send = (message: unknown) => process.send?.(message);
const gc = (globalThis as { gc?: () => void }).gc;

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
  // the bot logs every interaction at info; keep that cost, drop the output
  const logger = createLogger({ level: config.logLevel, destination: { write() {} } });
  const loaded = KnowledgeHolder.load(config.kbDir, createAnswerer);
  if (!loaded.ok) throw new Error(`knowledge base: ${loaded.errors.length} error(s)`);
  const bot = await startBot(config, {
    logger,
    knowledge: loaded.holder,
    clientOptions: FAST_CLIENT_OPTIONS as never,
  });
  process.on("message", (message: { type?: string }) => {
    if (message?.type === "memory") send({ type: "memory", memory: memory() });
  });
  process.once("SIGTERM", () => void bot.stop().finally(() => process.exit(0)));
  process.once("disconnect", () => void bot.stop().finally(() => process.exit(0)));
  send({ type: "ready", gc: Boolean(gc) });
} catch (error) {
  send({ type: "error", error: (error as Error).stack ?? String(error) });
  process.exit(1);
}
