/** FakeDiscord: one HTTP server on 127.0.0.1 serving the REST API under /api and the gateway under /gateway. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIApplicationCommand } from "discord.js";
import { CommandStore } from "./commands.ts";
import type { FakeContext } from "./context.ts";
import { FakeGateway } from "./gateway.ts";
import { type MessageEventName, messageEventFor } from "./intents.ts";
import { InteractionStore } from "./interactions.ts";
import { type GatewayMessage, MessageStore } from "./messages.ts";
import {
  type AutocompleteArgs,
  type BuiltInteraction,
  type ComponentArgs,
  type MessageContextMenuArgs,
  type ModalSubmitArgs,
  PayloadBuilder,
  type SelectArgs,
  type SendMessageArgs,
  type SlashCommandArgs,
  type UserContextMenuArgs,
} from "./payloads.ts";
import { RestServer } from "./rest.ts";
import { appRoutes } from "./routes-app.ts";
import { channelRoutes } from "./routes-channels.ts";
import { interactionRoutes } from "./routes-interactions.ts";
import type {
  FakeDiscordOptions,
  FaultHandle,
  FaultSpec,
  GatewayStats,
  IdentifyRecord,
  InteractionCallback,
  InteractionResponse,
  ReadyRecord,
  RecordedRequest,
  ReplyWaitOptions,
  ResumeRecord,
  SentMessage,
} from "./types.ts";
import type { WaitOptions } from "./waiters.ts";
import { World } from "./world.ts";

export interface MessageDispatch {
  /** The message as stored (full content). */
  message: GatewayMessage;
  /** Number of bot sessions it was dispatched to (0 when their intents exclude it). */
  delivered: number;
  /** The content the (first) bot session received: "" when blanked for lack of MESSAGE_CONTENT. */
  deliveredContent: string | null;
  /** The next message the bot posts in that channel (e.g. `message.reply`). */
  reply(options?: WaitOptions): Promise<SentMessage>;
}

export interface RateLimitSpec {
  method?: string;
  pathPattern?: string | RegExp;
  /** Seconds, as in Discord's `retry_after`. Default 0.05. */
  retryAfter?: number;
  global?: boolean;
  times?: number;
}

export class FakeDiscord {
  readonly world: World;
  readonly commands: CommandStore;
  readonly messages: MessageStore;
  readonly interactions: InteractionStore;
  readonly payloads: PayloadBuilder;
  readonly rest: RestServer;
  readonly gateway: FakeGateway;
  readonly #server: Server;
  readonly #echoOwnMessages: boolean;
  #port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    const waitTimeoutMs = options.waitTimeoutMs ?? 5000;
    this.#echoOwnMessages = options.echoOwnMessages ?? true;
    this.world = new World(options);
    this.commands = new CommandStore(this.world.applicationId);
    this.messages = new MessageStore(this.world, waitTimeoutMs);
    this.interactions = new InteractionStore(waitTimeoutMs);
    this.payloads = new PayloadBuilder(this.world, this.commands, this.messages);
    const ctx: FakeContext = {
      world: this.world,
      messages: this.messages,
      commands: this.commands,
      interactions: this.interactions,
      gatewayUrl: () => this.gatewayUrl,
      sessionStartRemaining: options.sessionStartRemaining ?? 999,
      shards: options.shards ?? 1,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      echo: (event, message) => this.#echo(event, message),
    };
    const routes = [...appRoutes(ctx), ...channelRoutes(ctx), ...interactionRoutes(ctx)];
    this.rest = new RestServer(routes, options.token, waitTimeoutMs);
    this.#server = createServer((req, res) => {
      this.rest.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
    });
    this.gateway = new FakeGateway(this.#server, {
      world: this.world,
      path: "/gateway",
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      token: options.token,
      disallowedIntents: options.disallowedIntents ?? 0,
      waitTimeoutMs,
      resumeUrl: () => this.gatewayUrl,
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(0, "127.0.0.1", () => resolve());
    });
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  get port(): number {
    return this.#port;
  }
  /** Pass as discord.js `rest.api` (discord.js appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  get botUserId(): string {
    return this.world.bot.id;
  }
  get guildId(): string {
    return this.world.defaultGuild().id;
  }
  get channelIds(): string[] {
    return this.world.defaultGuild().channelIds;
  }
  /** The default human user (author of dispatched interactions and messages). */
  get userId(): string {
    return this.world.resolveUser().id;
  }

  // ---- REST log and faults ----
  get requests(): readonly RecordedRequest[] {
    return this.rest.requests.items;
  }
  waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    options?: WaitOptions,
  ): Promise<RecordedRequest> {
    return this.rest.requests.waitFor(predicate, options);
  }
  failNext(spec: FaultSpec): FaultHandle {
    return this.rest.failNext(spec);
  }
  /** A Discord-shaped 429: `Retry-After` header, `X-RateLimit-Scope`, and `{message, retry_after, global}`. */
  rateLimitNext(spec: RateLimitSpec = {}): FaultHandle {
    const retryAfter = spec.retryAfter ?? 0.05;
    return this.failNext({
      method: spec.method,
      pathPattern: spec.pathPattern,
      times: spec.times,
      status: 429,
      headers: {
        "retry-after": String(retryAfter),
        "x-ratelimit-scope": spec.global ? "global" : "user",
        ...(spec.global ? { "x-ratelimit-global": "true" } : {}),
      },
      body: { message: "You are being rate limited.", retry_after: retryAfter, global: spec.global ?? false },
    });
  }

  // ---- Gateway ----
  get identifies(): readonly IdentifyRecord[] {
    return this.gateway.identifies.items;
  }
  get stats(): GatewayStats {
    const g = this.gateway;
    return {
      connections: g.connections,
      identifies: g.identifies.items.length,
      resumes: g.resumes.items.length,
      heartbeats: g.heartbeats,
    };
  }
  /** Resolves once READY (and GUILD_CREATEs) have been sent for the n-th time (1-based). */
  waitForReady(n = 1, options?: WaitOptions): Promise<ReadyRecord> {
    return this.gateway.readies.nth(n, options);
  }
  waitForIdentify(n = 1, options?: WaitOptions): Promise<IdentifyRecord> {
    return this.gateway.identifies.nth(n, options);
  }
  waitForResume(n = 1, options?: WaitOptions): Promise<ResumeRecord> {
    return this.gateway.resumes.nth(n, options);
  }
  /** Closes every gateway socket: 4000 (default; client resumes), 1000 (client re-identifies), or "terminate". */
  dropConnection(options?: { code?: number | "terminate"; reason?: string }): number {
    return this.gateway.dropConnection(options);
  }
  sendReconnect(): number {
    return this.gateway.sendReconnect();
  }
  sendInvalidSession(resumable: boolean): number {
    return this.gateway.sendInvalidSession(resumable);
  }
  /** Raw dispatch to every live session (to the guild's shard only, when `d` has a `guild_id`). */
  dispatch(t: string, d: unknown): number {
    const guildId = (d as { guild_id?: string } | null)?.guild_id;
    return this.gateway.dispatch(t, () => d, guildId);
  }

  // ---- Interactions ----
  sendSlashCommand(args: SlashCommandArgs): Promise<InteractionResponse> {
    return this.#sendInteraction(() => this.payloads.slashCommand(args));
  }
  sendAutocomplete(args: AutocompleteArgs): Promise<InteractionResponse> {
    return this.#sendInteraction(() => this.payloads.autocomplete(args));
  }
  sendButton(args: ComponentArgs): Promise<InteractionResponse> {
    return this.#sendInteraction(() => this.payloads.button(args));
  }
  sendSelect(args: SelectArgs): Promise<InteractionResponse> {
    return this.#sendInteraction(() => this.payloads.select(args));
  }
  sendMessageContextMenu(args: MessageContextMenuArgs): Promise<InteractionResponse> {
    return this.#sendInteraction(() => this.payloads.messageContextMenu(args));
  }
  sendUserContextMenu(args: UserContextMenuArgs): Promise<InteractionResponse> {
    return this.#sendInteraction(() => this.payloads.userContextMenu(args));
  }
  sendModalSubmit(args: ModalSubmitArgs): Promise<InteractionResponse> {
    return this.#sendInteraction(() => this.payloads.modalSubmit(args));
  }

  /** Dispatches a built interaction without waiting; returns its id (await with the waitFor… helpers). */
  dispatchInteraction(built: BuiltInteraction): { interactionId: string; token: string } {
    this.#requireSession();
    this.interactions.register(built.payload, built.channel, built.sourceMessageId);
    this.gateway.dispatch("INTERACTION_CREATE", () => built.payload, built.payload.guild_id ?? null);
    return { interactionId: built.payload.id, token: built.payload.token };
  }

  async waitForInteractionCallback(
    interactionId: string,
    options?: WaitOptions,
  ): Promise<InteractionCallback & { withResponse: boolean }> {
    const event = await this.interactions.events.waitFor(
      (e) => e.kind === "callback" && e.interactionId === interactionId,
      { ...options, description: `callback of interaction ${interactionId}` },
    );
    if (event.kind !== "callback") throw new Error("unreachable");
    return { ...event.callback, withResponse: event.withResponse };
  }

  /** The first visible state of the original response (or the first one matching `predicate`). */
  async waitForInteractionReply(interactionId: string, options: ReplyWaitOptions = {}): Promise<SentMessage> {
    const event = await this.interactions.events.waitFor(
      (e) =>
        e.kind === "reply" && e.interactionId === interactionId && (options.predicate?.(e.message) ?? true),
      { timeoutMs: options.timeoutMs, description: `reply to interaction ${interactionId}` },
    );
    if (event.kind !== "reply") throw new Error("unreachable");
    return event.message;
  }

  async waitForFollowUp(interactionId: string, index = 0, options?: WaitOptions): Promise<SentMessage> {
    const event = await this.interactions.events.waitFor(
      (e) => e.kind === "followup" && e.interactionId === interactionId && e.index === index,
      { ...options, description: `follow-up #${index} of interaction ${interactionId}` },
    );
    if (event.kind !== "followup") throw new Error("unreachable");
    return event.message;
  }

  // ---- Messages ----
  /** A MESSAGE_CREATE from a user, filtered and blanked according to each session's intents. */
  async sendMessage(args: SendMessageArgs): Promise<MessageDispatch> {
    this.#requireSession();
    const message = this.payloads.userMessage(args);
    const fromIndex = this.messages.sent.items.length;
    let deliveredContent: string | null = null;
    const delivered = this.gateway.dispatch(
      "MESSAGE_CREATE",
      (session) => {
        const d = messageEventFor("MESSAGE_CREATE", message, session.intents, this.world.bot.id);
        deliveredContent ??= d ? String(d.content) : null;
        return d;
      },
      message.guild_id ?? null,
    );
    return {
      message,
      delivered,
      deliveredContent,
      reply: (options) =>
        this.messages.sent.waitFor((m) => m.via === "channel" && m.channelId === message.channel_id, {
          ...options,
          fromIndex: options?.fromIndex ?? fromIndex,
          description: `a bot message in channel ${message.channel_id}`,
        }),
    };
  }

  /** Messages the bot posted with POST /channels/:id/messages. */
  get channelMessages(): readonly SentMessage[] {
    return this.messages.channelMessages.items;
  }
  /** Every visible state of every bot message (callbacks, edits, follow-ups, channel messages). */
  get botMessages(): readonly SentMessage[] {
    return this.messages.sent.items;
  }
  waitForChannelMessage(
    predicate: (m: SentMessage) => boolean = () => true,
    options?: WaitOptions,
  ): Promise<SentMessage> {
    return this.messages.channelMessages.waitFor(predicate, { ...options, description: "a channel message" });
  }

  /** Registered commands (global when `guildId` is omitted). */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return this.commands.list(guildId ?? null);
  }

  async close(): Promise<void> {
    const error = new Error("fake-discord: closed");
    this.rest.requests.close(error);
    this.messages.sent.close(error);
    this.messages.channelMessages.close(error);
    this.interactions.events.close(error);
    await this.gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #sendInteraction(build: () => BuiltInteraction): Promise<InteractionResponse> {
    const built = build();
    const { interactionId, token } = this.dispatchInteraction(built);
    const callback = await this.waitForInteractionCallback(interactionId);
    return {
      type: callback.type,
      data: callback.data,
      withResponse: callback.withResponse,
      interactionId,
      token,
      interaction: built.payload,
      reply: (options) => this.waitForInteractionReply(interactionId, options),
      followUp: (index = 0, options) => this.waitForFollowUp(interactionId, index, options),
    };
  }

  #requireSession(): void {
    if (this.gateway.sessions.length === 0) {
      throw new Error("fake-discord: no bot session (log a client in and wait for it to be ready first)");
    }
  }

  #echo(event: MessageEventName, message: GatewayMessage): void {
    if (!this.#echoOwnMessages || this.messages.isEphemeral(message.id)) return;
    this.gateway.dispatch(
      event,
      (session) => messageEventFor(event, message, session.intents, this.world.bot.id),
      message.guild_id ?? null,
    );
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
