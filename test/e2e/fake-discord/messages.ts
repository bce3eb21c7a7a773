/** Message objects: building them from request bodies, editing, mentions, and the log of what the bot sent. */
import type { APIAttachment, APIMessage, APIUser } from "discord.js";
import type { MessageBody, RecordedFile, SentMessage } from "./types.ts";
import { Recorder } from "./waiters.ts";
import { type ChannelState, snowflake, type World } from "./world.ts";

/** A message as dispatched on the gateway: the REST shape plus guild_id, member and channel_type. */
export type GatewayMessage = APIMessage & {
  guild_id?: string;
  member?: Record<string, unknown>;
  channel_type?: number;
};

export interface CreateMessageInput {
  channel: ChannelState;
  author: APIUser;
  body: MessageBody;
  files?: RecordedFile[];
  /** Message type (0 default, 19 reply, 20 chat input command, 23 context menu command). */
  type?: number;
  extra?: Partial<APIMessage>;
}

const EPHEMERAL = 64;
const SETTABLE_FLAGS = 4 | 64 | 4096 | 32768;

function attachmentsFor(channelId: string, body: MessageBody, files: RecordedFile[]): APIAttachment[] {
  return files.map((file) => {
    const index = /\[(\d+)\]/.exec(file.field)?.[1];
    const meta = body.attachments?.find((a) => String(a.id) === index);
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${file.filename}`;
    return {
      id,
      filename: meta?.filename ?? file.filename,
      size: file.size,
      url,
      proxy_url: url.replace("cdn.discordapp.com", "media.discordapp.net"),
      content_type: file.contentType,
      ...(meta?.description ? { description: meta.description } : {}),
    };
  });
}

export class MessageStore {
  readonly #messages = new Map<string, GatewayMessage>();
  readonly #ephemeral = new Set<string>();
  /** Every state of a bot message that became visible (callbacks, edits, follow-ups, channel messages). */
  readonly sent: Recorder<SentMessage>;
  /** Messages the bot posted with POST /channels/:id/messages. */
  readonly channelMessages: Recorder<SentMessage>;

  constructor(
    private readonly world: World,
    waitTimeoutMs: number,
  ) {
    this.sent = new Recorder("bot message", waitTimeoutMs);
    this.channelMessages = new Recorder("channel message", waitTimeoutMs);
  }

  get(id: string): GatewayMessage | undefined {
    return this.#messages.get(id);
  }

  isEphemeral(id: string): boolean {
    return this.#ephemeral.has(id);
  }

  /** Stores a message that came from elsewhere (a user message dispatched by the test). */
  add(message: GatewayMessage): GatewayMessage {
    this.#messages.set(message.id, message);
    return message;
  }

  /** Users (and @everyone) that a message really mentions, honouring `allowed_mentions` like Discord. */
  mentionsFor(
    content: string,
    body: MessageBody,
    replyTo?: APIUser,
  ): Pick<APIMessage, "mentions" | "mention_everyone"> {
    const allowed = body.allowed_mentions ?? undefined;
    const parse = allowed?.parse ?? (allowed ? [] : ["users", "roles", "everyone"]);
    const ids = [...content.matchAll(/<@!?(\d{15,25})>/g)].map((m) => m[1] as string);
    const mentions = [...new Set(ids)]
      .filter((id) => parse.includes("users" as never) || (allowed?.users ?? []).includes(id))
      .map((id) => this.world.users.get(id))
      .filter((user): user is APIUser => user !== undefined);
    if (
      replyTo &&
      (allowed === undefined || allowed.replied_user) &&
      !mentions.some((u) => u.id === replyTo.id)
    ) {
      mentions.push(replyTo);
    }
    const everyone = /@(everyone|here)\b/.test(content) && parse.includes("everyone" as never);
    return { mentions, mention_everyone: everyone };
  }

  create(input: CreateMessageInput): GatewayMessage {
    const { channel, author, body } = input;
    const files = input.files ?? [];
    const refId = body.message_reference?.message_id;
    const referenced = refId ? this.#messages.get(refId) : undefined;
    const content = body.content ?? "";
    const message: GatewayMessage = {
      id: snowflake(),
      channel_id: channel.id,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts ?? false,
      ...this.mentionsFor(content, body, referenced?.author),
      mention_roles: [],
      attachments: attachmentsFor(channel.id, body, files),
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      type: input.type ?? (referenced ? 19 : 0),
      flags: (body.flags ?? 0) & SETTABLE_FLAGS,
      ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
      ...(referenced
        ? {
            message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id },
            referenced_message: referenced,
          }
        : {}),
      ...input.extra,
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
      channel_type: channel.type,
    };
    this.#messages.set(message.id, message);
    if ((message.flags ?? 0) & EPHEMERAL) this.#ephemeral.add(message.id);
    return message;
  }

  /** PATCH semantics: fields present in the body replace the stored ones. */
  edit(id: string, body: MessageBody, files: RecordedFile[] = []): GatewayMessage {
    const current = this.#messages.get(id);
    if (!current) throw new Error(`fake-discord: unknown message ${id}`);
    const next: GatewayMessage = { ...current, edited_timestamp: new Date().toISOString() };
    if (body.content !== undefined) {
      next.content = body.content ?? "";
      Object.assign(next, this.mentionsFor(next.content, body));
    }
    if (body.embeds !== undefined) next.embeds = body.embeds ?? [];
    if (body.components !== undefined) next.components = body.components ?? [];
    if (body.flags !== undefined && body.flags !== null) {
      // Ephemeral and loading cannot be changed by an edit.
      next.flags = ((current.flags ?? 0) & (EPHEMERAL | 128)) | (body.flags & SETTABLE_FLAGS & ~EPHEMERAL);
    }
    if (body.attachments !== undefined || files.length > 0) {
      const kept = current.attachments.filter((a) => body.attachments?.some((b) => String(b.id) === a.id));
      next.attachments = [...kept, ...attachmentsFor(current.channel_id, body, files)];
    }
    this.#messages.set(id, next);
    return next;
  }

  /** Replaces the stored object as is (used to clear the loading flag of a deferred reply). */
  replace(message: GatewayMessage): void {
    this.#messages.set(message.id, message);
  }

  delete(id: string): GatewayMessage | undefined {
    const message = this.#messages.get(id);
    this.#messages.delete(id);
    return message;
  }

  channelHistory(channelId: string): GatewayMessage[] {
    return [...this.#messages.values()].filter((m) => m.channel_id === channelId).reverse();
  }

  /** Records a visible state of a bot message and returns it. */
  record(
    message: GatewayMessage,
    via: SentMessage["via"],
    body: MessageBody,
    files: RecordedFile[],
    interactionId: string | null = null,
  ): SentMessage {
    const sent: SentMessage = {
      id: message.id,
      channelId: message.channel_id,
      guildId: message.guild_id ?? null,
      content: message.content,
      embeds: message.embeds,
      components: message.components ?? [],
      flags: message.flags ?? 0,
      ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
      allowedMentions: body.allowed_mentions,
      via,
      interactionId,
      body,
      files,
      message,
    };
    this.sent.push(sent);
    if (via === "channel") this.channelMessages.push(sent);
    return sent;
  }
}
