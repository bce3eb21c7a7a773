import { once } from "node:events";
import {
  type APIInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  Partials,
  Status,
} from "discord.js";
import type { DataWatcher } from "../knowledge/watch.ts";
import type { Metrics } from "../ops/metrics.ts";
import { countReloads } from "../ops/reloads.ts";
import type { Config } from "./config.ts";
import { Conversations } from "./conversations.ts";
import { type CooldownSettings, Cooldowns, DEFAULT_COOLDOWNS } from "./cooldown.ts";
import { logClientEvents } from "./events-log.ts";
import { type BotContext, handleInteraction } from "./interactions.ts";
import type { KnowledgeHolder } from "./knowledge-holder.ts";
import { InFlight } from "./lifecycle.ts";
import type { Logger } from "./logger.ts";
import { handleMessage } from "./messages.ts";
import { createReloader, type ReloadSource, watchKnowledge } from "./reload.ts";
import { NO_MENTIONS } from "./reply.ts";
import { DEFAULT_TURN_STORE, type TurnStoreSettings } from "./turn-store.ts";

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

/** How long `stop()` waits for answers in flight before disconnecting. */
export const DEFAULT_DRAIN_MS = 1500;

export interface StartBotOptions {
  logger: Logger;
  knowledge: KnowledgeHolder;
  /**
   * Where `/reload` reloads from (KB_DIR and the engine builder); `watch` also reloads when files there
   * change. Without it `/reload` answers that reloading is not available.
   */
  reload?: ReloadSource & { watch?: boolean; debounceMs?: number };
  /** Per-user and per-channel cooldowns: `DEFAULT_COOLDOWNS` unless given; `false` turns them off. */
  cooldowns?: CooldownSettings | false;
  /** How many conversations (person × channel) are remembered for follow-ups, and for how long. */
  turns?: TurnStoreSettings;
  /** How long `stop()` waits for answers in flight. Default {@link DEFAULT_DRAIN_MS}. */
  drainMs?: number;
  /**
   * Extra client options, for tests only (e.g. `waitGuildTimeout`, `rest.globalRequestsPerSecond`, a
   * `ws.buildIdentifyThrottler` without the 5 s identify wait). Production passes none. Never logged.
   */
  clientOptions?: Partial<ClientOptions>;
  /** Told of the client as soon as it exists (before login), e.g. for a health check. */
  onClient?: (client: Client) => void;
  /** Counts interactions, messages, reloads and gateway errors (served on METRICS_PORT). */
  metrics?: Metrics;
  /**
   * Gateway shards run by this process (discord.js's own sharding): "auto" asks Discord how many the bot needs,
   * a number fixes it. Default: one. Only needed in thousands of servers (Discord requires it from 2,500).
   */
  shards?: "auto" | number;
}

/** The client's shard options for `StartBotOptions.shards`. */
export function shardOptions(shards: "auto" | number | undefined): Partial<ClientOptions> {
  if (shards === undefined) return {};
  if (shards === "auto") return { shards: "auto" };
  return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}

/** Every shard is connected and has received its servers (false while one reconnects). */
export const gatewayReady = (client: Client): boolean =>
  client.isReady() &&
  client.ws.shards.size > 0 &&
  client.ws.shards.every((shard) => shard.status === Status.Ready);

export interface RunningBot {
  client: Client<true>;
  /** The application id, as Discord reported it at login. */
  applicationId: string;
  /** Answers in flight now. */
  readonly inFlight: number;
  /** Lets answers in flight finish (bounded by `drainMs`), stops watching data, disconnects; safe to call twice. */
  stop(): Promise<void>;
}

export interface BotClient {
  client: Client;
  inFlight: InFlight;
  /** Stops taking new events (they are ignored from now on). */
  close(): void;
}

/** Builds the client with the bot's wiring (handlers, intents, no-ping default, logging); does not connect. */
export function createClient(config: Pick<Config, "apiUrl">, options: StartBotOptions): BotClient {
  const { logger, knowledge, clientOptions = {}, metrics } = options;
  const client = new Client({
    ...shardOptions(options.shards),
    ...clientOptions,
    intents: INTENTS,
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { ...clientOptions.rest, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  });
  const context: BotContext = {
    knowledge,
    logger,
    conversations: new Conversations(options.turns ?? DEFAULT_TURN_STORE),
  };
  if (options.cooldowns !== false) context.cooldowns = new Cooldowns(options.cooldowns ?? DEFAULT_COOLDOWNS);
  if (options.reload)
    context.reloader = countReloads(createReloader(knowledge, options.reload, logger), metrics);
  if (metrics) {
    context.metrics = metrics;
    client.on(Events.ShardError, () => metrics.error("gateway"));
  }
  const inFlight = new InFlight();
  let closing = false;
  // The raw payload, as the HTTP endpoint receives it: both go through the same interaction core.
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
    if (closing) return void logger.debug({ interactionId: interaction.id }, "ignored while shutting down");
    inFlight.track(handleInteraction(interaction, context, client.rest));
  });
  client.on(Events.MessageCreate, (message) => {
    if (closing) return;
    inFlight.track(handleMessage(message, context));
  });
  logClientEvents(client, logger);
  return {
    client,
    inFlight,
    close() {
      closing = true;
    },
  };
}

/** Connects to Discord (or whatever DISCORD_API_URL points at) and resolves once the bot is ready. */
export async function startBot(
  config: Pick<Config, "token" | "apiUrl">,
  options: StartBotOptions,
): Promise<RunningBot> {
  if (!config.token) throw new Error("DISCORD_TOKEN is required to connect to Discord");
  const { logger, knowledge } = options;
  const { client, inFlight, close } = createClient(config, options);
  options.onClient?.(client);
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
      shards: readyClient.ws.shards.size,
      kbVersion: kb.version,
      rounds: kb.kb.rounds.length,
    },
    "bot ready",
  );
  let watcher: DataWatcher | undefined;
  const reload = options.reload;
  if (reload?.watch) {
    // The watcher reloads through its own reloader, which swaps the same holder the handlers read.
    const reloader = countReloads(createReloader(knowledge, reload, logger), options.metrics);
    watcher = watchKnowledge(reloader, reload.dir, logger, {
      debounceMs: reload.debounceMs,
    });
    logger.info({ event: "kb_watch", dir: reload.dir }, "watching the data folder for changes");
  }
  let stopping: Promise<void> | undefined;
  return {
    client: readyClient,
    applicationId,
    get inFlight() {
      return inFlight.size;
    },
    stop() {
      stopping ??= (async () => {
        close();
        watcher?.close();
        const pending = inFlight.size;
        const drained = await inFlight.drain(options.drainMs ?? DEFAULT_DRAIN_MS);
        await client.destroy();
        logger.info({ pending, drained }, "bot stopped");
      })();
      return stopping;
    },
  };
}
