/** Builders for realistic INTERACTION_CREATE and MESSAGE_CREATE payloads. */
import { randomBytes } from "node:crypto";
import type {
  APIApplicationCommandInteractionDataOption,
  APIInteraction,
  APIMessage,
  APIUser,
  MessageFlags,
} from "discord.js";
import type { CommandStore } from "./commands.ts";
import type { GatewayMessage, MessageStore } from "./messages.ts";
import { commandOptions, emptyResolved, resolvedField, resolvedMember } from "./options.ts";
import type { FakeUser, SentMessage } from "./types.ts";
import { type ChannelState, DEFAULT_MEMBER_PERMISSIONS, snowflake, type World } from "./world.ts";

/** Who interacts, and where. Defaults: the first human user, in the first channel of the first guild. */
export interface InteractionTarget {
  user?: FakeUser | string;
  guildId?: string;
  channelId?: string;
  /** In the DM channel between the user and the bot (no guild, no member). */
  dm?: boolean;
  locale?: string;
  guildLocale?: string;
  memberPermissions?: string | bigint;
  appPermissions?: string | bigint;
  memberRoles?: string[];
  nick?: string | null;
}

export type OptionValue = string | number | boolean | FakeUser;
/** A name → value map (types taken from the registered command, else inferred), or raw Discord options. */
export type OptionInput = Record<string, OptionValue> | APIApplicationCommandInteractionDataOption[];

export interface SlashCommandArgs extends InteractionTarget {
  name: string;
  options?: OptionInput;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteArgs extends SlashCommandArgs {
  /** The option being typed; defaults to the last option given. Its value is sent as a (partial) string. */
  focused?: string;
}

/** A message: a stored one by id, one the bot sent, or a full API message. */
export type MessageLike = string | SentMessage | APIMessage;

export interface ComponentArgs extends InteractionTarget {
  customId: string;
  /** The message carrying the component; default: a new bot message in the channel with that component. */
  message?: MessageLike;
}

export interface SelectArgs extends ComponentArgs {
  values: string[];
  /** 3 string (default), 5 user, 6 role, 7 mentionable, 8 channel select. */
  componentType?: number;
}

export interface MessageContextMenuArgs extends InteractionTarget {
  name: string;
  /** A message, or `{content, author?}` to have a user message created in the channel first. */
  targetMessage: MessageLike | { content: string; author?: FakeUser | string };
}

export interface UserContextMenuArgs extends InteractionTarget {
  name: string;
  targetUser: FakeUser | string;
}

export interface ModalSubmitArgs extends InteractionTarget {
  customId: string;
  fields: Record<string, string>;
  message?: MessageLike;
}

export interface SendMessageArgs {
  content: string;
  author?: FakeUser | string;
  /** Mark the author as a bot (default author: another bot, "helper-bot"). */
  authorIsBot?: boolean;
  channelId?: string;
  guildId?: string;
  dm?: boolean;
  /** Mentioned users; default: the known users written as `<@id>` in the content. */
  mentions?: Array<FakeUser | string>;
  /** Make it a reply to this message (its author is mentioned unless `mentionRepliedUser: false`). */
  replyTo?: MessageLike;
  mentionRepliedUser?: boolean;
}

export interface BuiltInteraction {
  payload: APIInteraction;
  channel: ChannelState;
  sourceMessageId: string | null;
}

const OTHER_BOT: FakeUser = { id: "1250000000000000299", username: "helper-bot", bot: true };

/** The name of the option marked `focused: true` in raw options (searching subcommands too). */
function focusedName(options: unknown[]): string | undefined {
  for (const option of options as Array<{ name: string; focused?: boolean; options?: unknown[] }>) {
    if (option.focused) return option.name;
    const nested = option.options ? focusedName(option.options) : undefined;
    if (nested) return nested;
  }
  return undefined;
}

export class PayloadBuilder {
  readonly #commandIds = new Map<string, string>();

  constructor(
    private readonly world: World,
    private readonly commands: CommandStore,
    private readonly messages: MessageStore,
  ) {}

  slashCommand(args: SlashCommandArgs, focused?: string): BuiltInteraction {
    const where = this.#where(args);
    const registered = this.commands.find(args.name, 1, where.guildId);
    const resolved = emptyResolved();
    const options = commandOptions(this.world, args, registered?.options, resolved, where.guildId, focused);
    const data = {
      id: registered?.id ?? this.#commandId(args.name),
      name: args.name,
      type: 1,
      options,
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
      ...resolvedField(resolved),
    };
    return this.#interaction(focused === undefined ? 2 : 4, args, data, null);
  }

  autocomplete(args: AutocompleteArgs): BuiltInteraction {
    const focused =
      args.focused ??
      (Array.isArray(args.options) ? focusedName(args.options) : Object.keys(args.options ?? {}).at(-1));
    if (!focused) throw new Error("fake-discord: autocomplete needs an option to focus");
    return this.slashCommand(args, focused);
  }

  button(args: ComponentArgs): BuiltInteraction {
    return this.#component(args, { custom_id: args.customId, component_type: 2 });
  }

  select(args: SelectArgs): BuiltInteraction {
    const componentType = args.componentType ?? 3;
    const data: Record<string, unknown> = {
      custom_id: args.customId,
      component_type: componentType,
      values: args.values,
    };
    if (componentType === 5 || componentType === 7) {
      const users = args.values.map((id) => this.world.resolveUser(id));
      data.resolved = { users: Object.fromEntries(users.map((u) => [u.id, u])) };
    }
    return this.#component(args, data);
  }

  messageContextMenu(args: MessageContextMenuArgs): BuiltInteraction {
    const where = this.#where(args);
    const target = args.targetMessage;
    const message =
      typeof target === "object" && !("channel_id" in target) && !("channelId" in target)
        ? this.userMessage({
            content: target.content,
            author: target.author,
            channelId: where.channel.id,
            dm: args.dm,
          })
        : this.resolveMessage(target);
    const registered = this.commands.find(args.name, 3, where.guildId);
    const data = {
      id: registered?.id ?? this.#commandId(`3:${args.name}`),
      name: args.name,
      type: 3,
      target_id: message.id,
      resolved: { messages: { [message.id]: message } },
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
    };
    return this.#interaction(2, args, data, null);
  }

  userContextMenu(args: UserContextMenuArgs): BuiltInteraction {
    const where = this.#where(args);
    const user = this.world.resolveUser(args.targetUser);
    const registered = this.commands.find(args.name, 2, where.guildId);
    const resolved = emptyResolved();
    resolved.users[user.id] = user;
    if (where.guildId) resolved.members[user.id] = resolvedMember(this.world, user, where.guildId);
    const data = {
      id: registered?.id ?? this.#commandId(`2:${args.name}`),
      name: args.name,
      type: 2,
      target_id: user.id,
      ...resolvedField(resolved),
    };
    return this.#interaction(2, args, data, null);
  }

  modalSubmit(args: ModalSubmitArgs): BuiltInteraction {
    const components = Object.entries(args.fields).map(([customId, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: customId, value }],
    }));
    const message = args.message ? this.resolveMessage(args.message) : null;
    return this.#interaction(5, args, { custom_id: args.customId, components }, message);
  }

  /** A message written by a user (or another bot), stored so the bot can reply to it. */
  userMessage(args: SendMessageArgs): GatewayMessage {
    const base = args.authorIsBot && args.author === undefined ? OTHER_BOT : args.author;
    const resolved = this.world.resolveUser(base);
    const author: APIUser = args.authorIsBot ? { ...resolved, bot: true } : resolved;
    const channel = args.dm
      ? this.world.dmChannel(author.id)
      : this.#where({ channelId: args.channelId, guildId: args.guildId }).channel;
    const replyTo = args.replyTo ? this.resolveMessage(args.replyTo) : undefined;
    let mentions = args.mentions
      ? args.mentions.map((u) => this.world.resolveUser(u))
      : this.messages.mentionsFor(args.content, {}).mentions;
    if (replyTo && args.mentionRepliedUser !== false && !mentions.some((u) => u.id === replyTo.author.id)) {
      mentions = [...mentions, replyTo.author];
    }
    const guildId = channel.guildId;
    const message: GatewayMessage = {
      id: snowflake(),
      channel_id: channel.id,
      author,
      content: args.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: guildId ? mentions.map((u) => ({ ...u, member: this.#partialMember(u, guildId) })) : mentions,
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: replyTo ? 19 : 0,
      flags: 0 as MessageFlags,
      ...(replyTo
        ? {
            message_reference: { type: 0, message_id: replyTo.id, channel_id: replyTo.channel_id },
            referenced_message: replyTo,
          }
        : {}),
      ...(guildId ? { guild_id: guildId, member: this.#partialMember(author, guildId) } : {}),
      channel_type: channel.type,
    };
    return this.messages.add(message);
  }

  resolveMessage(like: MessageLike | { content: string }): GatewayMessage {
    if (typeof like === "string") {
      const stored = this.messages.get(like);
      if (!stored) throw new Error(`fake-discord: unknown message id ${like}`);
      return stored;
    }
    if ("channelId" in like) return this.messages.get(like.id) ?? (like.message as GatewayMessage);
    if ("channel_id" in like) return this.messages.get(like.id) ?? this.messages.add(like);
    throw new Error("fake-discord: not a message");
  }

  #where(target: InteractionTarget): { channel: ChannelState; guildId: string | null } {
    if (target.dm) {
      const channel = this.world.dmChannel(this.world.resolveUser(target.user).id);
      return { channel, guildId: null };
    }
    if (target.channelId) {
      const channel = this.world.channels.get(target.channelId);
      if (!channel) throw new Error(`fake-discord: unknown channel ${target.channelId}`);
      return { channel, guildId: channel.guildId };
    }
    const guild = target.guildId ? this.world.guild(target.guildId) : this.world.defaultGuild();
    const channelId = guild.channelIds[0];
    const channel = channelId ? this.world.channels.get(channelId) : undefined;
    if (!channel) throw new Error(`fake-discord: guild ${guild.id} has no channels`);
    return { channel, guildId: guild.id };
  }

  #interaction(
    type: number,
    target: InteractionTarget,
    data: Record<string, unknown>,
    message: GatewayMessage | null,
  ): BuiltInteraction {
    const { channel, guildId } = this.#where(target);
    const user = this.world.resolveUser(target.user);
    const guild = guildId ? this.world.guild(guildId) : null;
    const payload = {
      id: snowflake(),
      application_id: this.world.applicationId,
      type,
      token: `fake-interaction-token-${randomBytes(24).toString("base64url")}`,
      version: 1,
      data,
      channel_id: channel.id,
      channel: this.world.channelPayload(channel),
      locale: target.locale ?? "en-US",
      app_permissions: String(target.appPermissions ?? DEFAULT_MEMBER_PERMISSIONS),
      entitlements: [],
      authorizing_integration_owners: { "0": guildId ?? "0" },
      context: guildId ? 0 : 1,
      attachment_size_limit: 10_485_760,
      ...(guild
        ? {
            guild_id: guild.id,
            guild: { id: guild.id, locale: guild.preferredLocale, features: [] },
            guild_locale: target.guildLocale ?? guild.preferredLocale,
            member: {
              ...this.world.memberPayload(user, guild.id, { roles: target.memberRoles, nick: target.nick }),
              permissions: String(target.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS),
            },
          }
        : { user }),
      ...(message ? { message } : {}),
    };
    return { payload: payload as unknown as APIInteraction, channel, sourceMessageId: message?.id ?? null };
  }

  #component(args: ComponentArgs, data: Record<string, unknown>): BuiltInteraction {
    const message = args.message
      ? this.resolveMessage(args.message)
      : this.#botMessageWith(args, data.component_type as number);
    return this.#interaction(3, args, data, message);
  }

  /** A plain bot message in the channel carrying the component, for tests that don't pass one. */
  #botMessageWith(args: ComponentArgs, componentType: number): GatewayMessage {
    const { channel } = this.#where(args);
    const component =
      componentType === 2
        ? { type: 2, style: 1, label: args.customId, custom_id: args.customId }
        : { type: componentType, custom_id: args.customId, options: componentType === 3 ? [] : undefined };
    return this.messages.create({
      channel,
      author: this.world.bot,
      body: { content: "", components: [{ type: 1, components: [component] }] as never },
    });
  }

  #partialMember(user: APIUser, guildId: string): Record<string, unknown> {
    const { user: _user, ...member } = this.world.memberPayload(user, guildId);
    return member;
  }

  #commandId(key: string): string {
    let id = this.#commandIds.get(key);
    if (!id) {
      id = snowflake();
      this.#commandIds.set(key, id);
    }
    return id;
  }
}
