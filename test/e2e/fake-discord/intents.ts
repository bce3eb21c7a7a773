/** Gateway intent bits and how they filter message events, as Discord applies them. */
import type { GatewayMessage } from "./messages.ts";

export const Intents = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildMessages: 1 << 9,
  GuildMessageReactions: 1 << 10,
  DirectMessages: 1 << 12,
  DirectMessageReactions: 1 << 13,
  MessageContent: 1 << 15,
} as const;

export type MessageEventName = "MESSAGE_CREATE" | "MESSAGE_UPDATE" | "MESSAGE_DELETE";

/**
 * The payload a session with `intents` receives for a message event, or null when its intents exclude it.
 * Without MESSAGE_CONTENT, guild messages from others that don't mention the bot arrive with content,
 * embeds, attachments and components blanked; DMs and mentions of the bot keep theirs.
 */
export function messageEventFor(
  event: MessageEventName,
  message: GatewayMessage,
  intents: number,
  botId: string,
): Record<string, unknown> | null {
  const inGuild = message.guild_id !== undefined;
  const needed = inGuild ? Intents.GuildMessages : Intents.DirectMessages;
  if ((intents & needed) === 0) return null;
  if (event === "MESSAGE_DELETE") {
    return {
      id: message.id,
      channel_id: message.channel_id,
      ...(inGuild ? { guild_id: message.guild_id } : {}),
    };
  }
  const visible =
    !inGuild ||
    (intents & Intents.MessageContent) !== 0 ||
    message.author.id === botId ||
    message.mentions.some((user) => user.id === botId);
  if (visible) return { ...message };
  return { ...message, content: "", embeds: [], attachments: [], components: [], poll: undefined };
}
