/**
 * `npm run start:http`: Discord's HTTP interactions on PORT (default 8080) at POST /interactions, with /livez,
 * /healthz and /metrics beside. Needs DISCORD_PUBLIC_KEY, not the bot token. Stateless: run as many replicas as
 * you like behind any load balancer. SIGTERM stops accepting, lets requests in flight finish, exits 0.
 */
import { REST } from "discord.js";
import { configOrExit } from "../bot/config.ts";
import { KnowledgeHolder } from "../bot/knowledge-holder.ts";
import { installProcessHandlers } from "../bot/lifecycle.ts";
import { createLogger } from "../bot/logger.ts";
import { logKbErrors } from "../bot/reload.ts";
import type { BotContext } from "../interactions/context.ts";
import { createAnswerer } from "../knowledge/answerer.ts";
import { Metrics } from "../ops/metrics.ts";
import { createHttpEndpoint } from "./server.ts";

const config = configOrExit();
if (!config.publicKey) {
  console.error(
    "DISCORD_PUBLIC_KEY is required: Developer Portal → your application → General Information → Public Key.",
  );
  process.exit(1);
}
// The bot token is not needed here; if it is set anyway, it is still kept out of every log line.
const logger = createLogger({ level: config.logLevel ?? "info", stream: "stdout", secrets: [config.token] });

let context: BotContext | undefined;
const metrics = new Metrics({
  mode: "http",
  knowledge: () => context?.knowledge,
  ready: () => endpoint.health().ready,
});
// The interaction webhook needs no token: the interaction token in each URL is the credential.
const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {});
const endpoint = createHttpEndpoint({
  publicKey: config.publicKey,
  logger,
  context: () => context,
  rest,
  metrics,
});
installProcessHandlers(process, {
  logger,
  stop: async () => {
    const { pending, drained } = await endpoint.stop();
    logger.info({ pending, drained }, "http endpoint stopped");
  },
});
process.on("unhandledRejection", () => metrics.error("unhandled_rejection"));

const port = await endpoint.listen(config.port, config.host);
logger.info({ port, host: config.host ?? "all interfaces" }, "listening");
const loaded = KnowledgeHolder.load(config.kbDir, createAnswerer);
if (!loaded.ok) {
  logKbErrors(logger, loaded.errors);
  logger.fatal({ kbDir: config.kbDir, errors: loaded.errors.length }, "the knowledge base does not load");
  process.exit(1);
}
// Stateless on purpose: no cooldowns and no /reload, which would make one replica answer unlike another.
context = { knowledge: loaded.holder, logger, metrics };
const kb = loaded.holder.current();
logger.info(
  {
    port,
    kbDir: config.kbDir,
    kbVersion: kb.version,
    rounds: kb.kb.rounds.length,
    apiUrl: config.apiUrl ?? "default",
  },
  "http endpoint ready",
);
