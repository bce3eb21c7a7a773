import type { IncomingHttpHeaders } from "node:http";
import type {
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteraction,
  APIMessage,
  APIMessageTopLevelComponent,
} from "discord.js";

/** A user the fake knows about. Only `id` and `username` are required. */
export interface FakeUser {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface FakeChannelConfig {
  id: string;
  name: string;
  /** Channel type; 0 (GUILD_TEXT) by default. */
  type?: number;
  topic?: string | null;
}

export interface FakeGuildConfig {
  id: string;
  name: string;
  channels: FakeChannelConfig[];
  /** `preferred_locale` of the guild, also sent as `guild_locale` on interactions. Default "en-US". */
  preferredLocale?: string;
  ownerId?: string;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  /** The bot user; its id defaults to the application id (as for every modern Discord app). */
  botUser?: Partial<FakeUser>;
  guilds?: FakeGuildConfig[];
  /** Human users; the first one is the default author of dispatched interactions and messages. */
  users?: FakeUser[];
  /** If set, the gateway closes with 4004 and REST answers 401 for any other token. Default: accept any. */
  token?: string;
  /** IDENTIFY with any of these intent bits is closed with 4014 (Disallowed intents). Default 0. */
  disallowedIntents?: number;
  /** Heartbeat interval sent in HELLO. Default 41250 (the real value). */
  heartbeatIntervalMs?: number;
  /** Interaction callbacks arriving later than this answer 404 "Unknown interaction" (10062). Default 3000. */
  interactionDeadlineMs?: number;
  /** Default timeout of every `waitFor…` helper. Default 5000. */
  waitTimeoutMs?: number;
  /** Dispatch MESSAGE_CREATE/UPDATE/DELETE for the bot's own visible messages, as Discord does. Default true. */
  echoOwnMessages?: boolean;
  /** `session_start_limit.remaining` in GET /gateway/bot. Default 999. */
  sessionStartRemaining?: number;
  /**
   * `shards` in GET /gateway/bot (default 1). A session identifying as shard [id, n] gets the guilds
   * (guild_id >> 22) % n === id, and only their events; DMs go to shard 0, as on Discord.
   */
  shards?: number;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  /** the uploaded bytes */
  data: Buffer;
}

export interface RecordedRequest {
  seq: number;
  method: string;
  /** Decoded path without the query, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The same path relative to `/api/v10`, e.g. `/channels/123/messages`. */
  route: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (or the `payload_json` field of a multipart body); a string for other bodies. */
  body: unknown;
  files: RecordedFile[];
  status: number;
  /** True when the answer came from `failNext`. */
  faulted: boolean;
  /** Set when a route handler threw (the fake answered 500): a bug in the fake or a malformed request. */
  handlerError?: string;
  at: number;
}

export interface FaultSpec {
  method?: string;
  /** `/channels/:id/messages` style pattern (relative to /api/v10, `:x` matches one segment), or a RegExp on the route. */
  pathPattern?: string | RegExp;
  /** Status to answer with; omit to only delay (`delayMs`) and then answer normally. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** How many matching requests to affect. Default 1. */
  times?: number;
}

export interface FaultHandle {
  /** Requests this fault has answered so far. */
  readonly hits: number;
  readonly remaining: number;
  cancel(): void;
}

export interface IdentifyRecord {
  sessionId: string;
  token: string;
  intents: number;
  shard: [number, number] | undefined;
  payload: Record<string, unknown>;
}

export interface ResumeRecord {
  sessionId: string;
  seq: number;
  replayed: number;
}

export interface ReadyRecord {
  sessionId: string;
  intents: number;
}

export interface GatewayStats {
  connections: number;
  identifies: number;
  resumes: number;
  heartbeats: number;
}

/** A loose view of every JSON body the bot can send as a message (callback data, webhook, channel message). */
export interface MessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  flags?: number | null;
  allowed_mentions?: APIAllowedMentions | null;
  message_reference?: {
    message_id?: string;
    channel_id?: string;
    fail_if_not_exists?: boolean;
    type?: number;
  };
  attachments?: Array<{ id: string | number; filename?: string; description?: string }>;
  tts?: boolean;
  nonce?: string | number;
  sticker_ids?: string[];
  poll?: unknown;
}

/** Callback `data`: a message body (types 4/7), `choices` (type 8), or a modal (type 9: custom_id, title, components). */
export interface CallbackData extends MessageBody {
  choices?: APIApplicationCommandOptionChoice[];
  custom_id?: string;
  title?: string;
}

/** The body of POST /interactions/:id/:token/callback. */
export interface InteractionCallback {
  type: number;
  data?: CallbackData;
}

/** A message the bot made visible (or edited), with the request body it came from. */
export interface SentMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  flags: number;
  ephemeral: boolean;
  /** `allowed_mentions` of the request that produced this state (undefined when the bot sent none). */
  allowedMentions: APIAllowedMentions | null | undefined;
  via: "callback" | "edit" | "followup" | "channel";
  interactionId: string | null;
  /** The JSON the bot sent. */
  body: MessageBody;
  files: RecordedFile[];
  /** The message object as the fake stores it (what Discord would return). */
  message: APIMessage;
}

/** What a dispatch helper resolves with: the callback body, plus ways to await what came after. */
export interface InteractionResponse extends InteractionCallback {
  interactionId: string;
  token: string;
  interaction: APIInteraction;
  /** True when the bot asked for `?with_response=true`. */
  withResponse: boolean;
  /** The first visible message (type 4/7 data, or the first edit / follow-up after a type 5/6 defer). */
  reply(options?: ReplyWaitOptions): Promise<SentMessage>;
  /** The n-th follow-up (0-based) sent with POST /webhooks/:app/:token. */
  followUp(index?: number, options?: { timeoutMs?: number }): Promise<SentMessage>;
}

export interface ReplyWaitOptions {
  timeoutMs?: number;
  /** Wait for a later state of the original message, e.g. `(m) => m.content.includes("done")`. */
  predicate?: (message: SentMessage) => boolean;
}
