/** The fake's static world: application, bot user, human users, guilds, channels, and their JSON shapes. */
import type { APIUser, UserFlags } from "discord.js";
import type { FakeDiscordOptions, FakeUser } from "./types.ts";

export const DEFAULT_IDS = {
  applicationId: "1250000000000000001",
  guildId: "1250000000000000100",
  channelIds: ["1250000000000000101", "1250000000000000102"],
  userIds: ["1250000000000000201", "1250000000000000202"],
} as const;

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeCounter = 0;

/** A fresh, time-ordered snowflake (discord.js derives `createdTimestamp` from it). */
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1) % 4096;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | BigInt(snowflakeCounter)).toString();
}

const bit = (n: number): bigint => 1n << BigInt(n);
/** AddReactions, ViewChannel, SendMessages, EmbedLinks, AttachFiles, ReadMessageHistory, UseExternalEmojis, UseApplicationCommands, SendMessagesInThreads. */
export const DEFAULT_MEMBER_PERMISSIONS = [6, 10, 11, 14, 15, 16, 18, 31, 38]
  .reduce((all, n) => all | bit(n), 0n)
  .toString();

export interface ChannelState {
  id: string;
  name: string | null;
  type: number;
  guildId: string | null;
  topic: string | null;
  /** For DM channels: the other user. */
  recipientId: string | null;
}

export interface GuildState {
  id: string;
  name: string;
  preferredLocale: string;
  ownerId: string;
  channelIds: string[];
  joinedAt: string;
}

export function userPayload(user: FakeUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: "0",
    global_name: user.globalName ?? null,
    avatar: null,
    bot: user.bot ?? false,
    flags: 0 as UserFlags,
    public_flags: 0 as UserFlags,
  };
}

export class World {
  readonly applicationId: string;
  readonly bot: APIUser;
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, GuildState>();
  readonly channels = new Map<string, ChannelState>();
  readonly #dmByUser = new Map<string, string>();
  readonly #humans: string[] = [];

  constructor(options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? DEFAULT_IDS.applicationId;
    this.bot = userPayload({
      id: options.botUser?.id ?? this.applicationId,
      username: options.botUser?.username ?? "Dialogue Desk",
      globalName: options.botUser?.globalName ?? null,
      bot: true,
    });
    this.users.set(this.bot.id, this.bot);
    const humans = options.users ?? [
      { id: DEFAULT_IDS.userIds[0], username: "alice", globalName: "Alice" },
      { id: DEFAULT_IDS.userIds[1], username: "bob", globalName: "Bob" },
    ];
    for (const human of humans) this.#humans.push(this.addUser(human).id);
    const guilds = options.guilds ?? [
      {
        id: DEFAULT_IDS.guildId,
        name: "Cyber Policy Dialogue",
        channels: [
          { id: DEFAULT_IDS.channelIds[0], name: "general" },
          { id: DEFAULT_IDS.channelIds[1], name: "faq" },
        ],
      },
    ];
    const joinedAt = new Date().toISOString();
    for (const guild of guilds) {
      this.guilds.set(guild.id, {
        id: guild.id,
        name: guild.name,
        preferredLocale: guild.preferredLocale ?? "en-US",
        ownerId: guild.ownerId ?? this.#humans[0] ?? this.bot.id,
        channelIds: guild.channels.map((c) => c.id),
        joinedAt,
      });
      for (const channel of guild.channels) {
        this.channels.set(channel.id, {
          id: channel.id,
          name: channel.name,
          type: channel.type ?? 0,
          guildId: guild.id,
          topic: channel.topic ?? null,
          recipientId: null,
        });
      }
    }
  }

  addUser(user: FakeUser): APIUser {
    const payload = userPayload(user);
    this.users.set(user.id, payload);
    return payload;
  }

  /** A known user by id, a FakeUser (registered on first use), or the default human. */
  resolveUser(user?: FakeUser | string): APIUser {
    if (user === undefined) {
      const first = this.#humans[0];
      if (!first) throw new Error("fake-discord: no human users configured");
      return this.users.get(first) as APIUser;
    }
    if (typeof user === "string") {
      const known = this.users.get(user);
      if (!known) throw new Error(`fake-discord: unknown user id ${user}; pass a FakeUser to register it`);
      return known;
    }
    return this.users.get(user.id) ?? this.addUser(user);
  }

  defaultGuild(): GuildState {
    const first = this.guilds.values().next();
    if (first.done) throw new Error("fake-discord: no guilds configured");
    return first.value;
  }

  guild(id: string): GuildState {
    const guild = this.guilds.get(id);
    if (!guild) throw new Error(`fake-discord: unknown guild ${id}`);
    return guild;
  }

  /** The (stable) DM channel between the bot and a user, created on first use. */
  dmChannel(userId: string): ChannelState {
    let id = this.#dmByUser.get(userId);
    if (!id) {
      id = snowflake();
      this.#dmByUser.set(userId, id);
      this.channels.set(id, { id, name: null, type: 1, guildId: null, topic: null, recipientId: userId });
    }
    return this.channels.get(id) as ChannelState;
  }

  isTextBased(channel: ChannelState): boolean {
    return [0, 1, 5, 10, 11, 12].includes(channel.type);
  }

  channelPayload(channel: ChannelState): Record<string, unknown> & { id: string; type: number } {
    if (channel.guildId === null) {
      const recipient = channel.recipientId ? this.users.get(channel.recipientId) : undefined;
      return {
        id: channel.id,
        type: channel.type,
        last_message_id: null,
        flags: 0,
        recipients: recipient ? [recipient] : [],
      };
    }
    const guild = this.guild(channel.guildId);
    return {
      id: channel.id,
      type: channel.type,
      guild_id: channel.guildId,
      name: channel.name,
      position: guild.channelIds.indexOf(channel.id),
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: channel.topic,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    };
  }

  memberPayload(
    user: APIUser,
    guildId: string,
    extra: { roles?: string[]; nick?: string | null } = {},
  ): Record<string, unknown> & { user: APIUser; roles: string[] } {
    return {
      user,
      nick: extra.nick ?? null,
      avatar: null,
      banner: null,
      roles: extra.roles ?? [],
      joined_at: this.guild(guildId).joinedAt,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  rolePayload(guildId: string): Record<string, unknown> {
    return {
      id: guildId,
      name: "@everyone",
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: 0,
      permissions: DEFAULT_MEMBER_PERMISSIONS,
      managed: false,
      mentionable: false,
      flags: 0,
    };
  }

  guildPayload(guildId: string): Record<string, unknown> {
    const guild = this.guild(guildId);
    const members = [...this.users.values()].map((user) => this.memberPayload(user, guildId));
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: guild.preferredLocale,
      features: [],
      roles: [this.rolePayload(guild.id)],
      emojis: [],
      stickers: [],
      application_id: null,
      system_channel_id: guild.channelIds[0] ?? null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      max_members: 500_000,
      max_video_channel_users: 25,
      // GUILD_CREATE-only fields
      joined_at: guild.joinedAt,
      large: false,
      unavailable: false,
      member_count: members.length,
      members,
      channels: guild.channelIds.map((id) => this.channelPayload(this.channels.get(id) as ChannelState)),
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  applicationPayload(): Record<string, unknown> {
    const owner = this.resolveUser();
    return {
      id: this.applicationId,
      name: this.bot.username,
      icon: null,
      description: "",
      summary: "",
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: 0,
      owner,
      team: null,
      bot: this.bot,
      integration_types_config: { "0": {}, "1": {} },
      approximate_guild_count: this.guilds.size,
    };
  }
}
