import { once } from "node:events";
import { Client, type ClientOptions, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Config } from "./config.ts";
import { type BotContext, handleInteraction } from "./interactions.ts";
import type { KnowledgeHolder } from "./knowledge-holder.ts";
import type { Logger } from "./logger.ts";
import { handleMessage } from "./messages.ts";
import { NO_MENTIONS } from "./reply.ts";

/**
 * Guilds (commands, channels), GuildMessages (@mentions of the bot), DirectMessages (+ Partials.Channel: DMs).
 * No privileged intent: Discord delivers the content of messages that mention the bot and of DMs without
 * Message Content, and slash commands and context menus carry their own data.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

export interface StartBotOptions {
  logger: Logger;
  knowledge: KnowledgeHolder;
  /** Extra client options, for tests (e.g. `waitGuildTimeout`, `rest.globalRequestsPerSecond`). Never logged. */
  clientOptions?: Partial<ClientOptions>;
}

export interface RunningBot {
  client: Client<true>;
  /** The application id, as Discord reported it at login. */
  applicationId: string;
  /** Disconnects; safe to call twice. */
  stop(): Promise<void>;
}

/** Builds the client with the bot's wiring (handlers, intents, no-ping default); does not connect. */
export function createClient(
  config: Pick<Config, "apiUrl">,
  { logger, knowledge, clientOptions = {} }: StartBotOptions,
): Client {
  const client = new Client({
    ...clientOptions,
    intents: INTENTS,
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { ...clientOptions.rest, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  });
  const context: BotContext = { knowledge, logger };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, context));
  client.on(Events.Error, (error) => logger.error({ err: error }, "client error"));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, "gateway disconnected"),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, "gateway reconnecting"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "gateway resumed"));
  client.rest.on("rateLimited", (info) =>
    logger.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, "rate limited"),
  );
  return client;
}

/** Connects to Discord (or whatever DISCORD_API_URL points at) and resolves once the bot is ready. */
export async function startBot(
  config: Pick<Config, "token" | "apiUrl">,
  options: StartBotOptions,
): Promise<RunningBot> {
  if (!config.token) throw new Error("DISCORD_TOKEN is required to connect to Discord");
  const { logger, knowledge } = options;
  const client = createClient(config, options);
  const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
  ready.catch(() => undefined); // awaited below; this only keeps a failed login from leaving it unhandled
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const readyClient = client as Client<true>;
  const applicationId = readyClient.application.id;
  const kb = knowledge.current();
  logger.info(
    {
      user: readyClient.user.tag,
      applicationId,
      guilds: readyClient.guilds.cache.size,
      kbVersion: kb.version,
      rounds: kb.kb.rounds.length,
    },
    "bot ready",
  );
  let stopped = false;
  return {
    client: readyClient,
    applicationId,
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      logger.info("bot stopped");
    },
  };
}
